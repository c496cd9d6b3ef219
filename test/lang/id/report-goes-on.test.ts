// Sources carried from the sentence before (issue 14): "Namun dia …" about the person a report was about goes on with
// that report; about the speaker, or without a contrast, it is the article's own. Invented sentences.
import { describe, expect, it } from 'vitest';
import { claims } from '../../support/id-claims.js';

describe('a contrast about the person just reported on', () => {
  it('is reported by the same speaker', () => {
    const got = claims('Juru bicara Rina Wati membenarkan bahwa Menteri Pertanian Budi Santoso menerima penghargaan itu.', 'Namun dia berhalangan hadir.');
    expect(got[1]).toMatchObject({ actor: 'Budi Santoso', source: 'Rina Wati', kind: 'reported' });
  });

  it('about the speaker, or without a contrast, stays a statement', () => {
    const own = claims('Rina Wati mengatakan warga sudah mengungsi.', 'Namun dia menolak merinci jumlahnya.');
    expect(own[1]).toMatchObject({ source: null, kind: 'statement' });
    const plain = claims('Rina Wati membenarkan bahwa Kepala Dinas Budi Santoso menerima penghargaan itu.', 'Dia berhalangan hadir.');
    expect(plain[1]).toMatchObject({ source: null, kind: 'statement' });
  });
});
