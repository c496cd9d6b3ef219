import type { CleaningRules } from '../types.js';
import { TIME_ZONES, WEEKDAY_VARIANTS, WEEKDAYS } from './calendar.js';

export const cleaning: CleaningRules = {
  boilerplate: [
    /^baca(?: juga)?\s*:.*$/i,
    /^baca juga\b.{0,200}$/i,
    /^(?:simak|lihat|tonton)(?: juga)?\s*:.{0,200}$/i,
    /^(?:berita terkait|artikel terkait|rekomendasi)\s*:?.{0,200}$/i,
    /^(?:editor|penulis|reporter|pewarta|penyunting|sumber foto|foto)\s*:.{0,120}$/i,
    /^(?:ikuti|dapatkan|download|unduh)\b.{0,60}(?:kami|update|berita|aplikasi|google news|whatsapp|telegram).{0,120}$/i,
    /^(?:scroll|gulir) (?:ke bawah|untuk).{0,80}$/i,
    /^iklan$/i,
    // a blog's comment form scraped with the post: "Tinggalkan Balasan ke Budi Cancel reply Alamat email anda tidak akan dipublikasikan."
    /^(?:tinggalkan (?:balasan|komentar)|(?:alamat )?email anda tidak akan dipublikasikan)\b.{0,200}$/i,
    // Editors' and agencies' initials closing a story: "(ant/fyk)", "(mdk/ded)", "(rea)".
    /^\(\s*[a-z]{2,6}(?:\s*\/\s*[a-z]{2,6}){0,3}\s*\)$/,
    /^\(?(?:adv|advertorial)\)?$/i,
  ],
  weekdays: [...WEEKDAYS, ...WEEKDAY_VARIANTS],
  timeZones: TIME_ZONES,
  commonWords: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada'.split(' '),
  metadataKeys: ['tanggal', 'diterbitkan', 'dipublikasikan', 'terbit', 'diperbarui'],
  bylineWords: ['oleh', 'diperbarui', 'dipublikasikan', 'ditulis', 'diunggah'],
  siteDomains: ['co.id', 'id'],
  frontMatter: { published: ['tanggal'], title: ['judul'] },
};
