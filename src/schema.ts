// JSON Schema (draft 2020-12) of one output document of `claims extract` (CLAIMS.md §2).

const nullableString = { type: ['string', 'null'] };
const isoDate = { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };

const claimSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'actor', 'action', 'date', 'source', 'kind', 'sentence', 'span', 'text'],
  properties: {
    id: { type: 'string', pattern: '^[0-9a-f]{8}(-\\d+)?$', description: 'stable: the same claim text gives the same id' },
    actor: { type: 'string', minLength: 1, description: 'who performs the action or holds the stance, references resolved' },
    action: { type: 'string', minLength: 1, description: 'the predicate in the article\'s words, without the attribution cue' },
    date: { ...isoDate, description: 'when, ISO 8601 at the precision the text gives; null when the text gives none' },
    source: { ...nullableString, description: 'who the article attributes the claim to; null for its own voice' },
    kind: { enum: ['statement', 'reported', 'quote'] },
    sentence: { type: 'integer', minimum: 0, description: '0-based index of the sentence in the document' },
    span: {
      type: 'array', minItems: 2, maxItems: 2, prefixItems: [{ type: 'integer', minimum: 0 }, { type: 'integer', minimum: 0 }],
      description: 'the sentence\'s offsets in the input, in Unicode code points',
    },
    text: { type: 'string', description: 'exactly the input at span' },
  },
} as const;

export const documentSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/claims/claims/schema/document.json',
  title: 'claims extract document',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'language', 'published', 'title', 'claims'],
  properties: {
    id: { type: 'string', description: 'the path as given, or the id of an NDJSON input record' },
    language: { type: 'string', pattern: '^([a-z]{2}|und)$', description: 'ISO 639-1 code, or und' },
    published: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    title: nullableString,
    claims: { type: 'array', items: { $ref: '#/$defs/claim' } },
  },
  $defs: { claim: claimSchema },
} as const;
