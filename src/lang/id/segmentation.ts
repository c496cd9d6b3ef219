import type { SegmentationRules } from '../types.js';

export const segmentation: SegmentationRules = {
  abbreviations: new Set(['dr', 'prof', 'h', 'hj', 'ir', 'jl', 'no', 'dll', 'dsb', 'tsb', 'a.n', 's.h', 'm.si', 'rp', 'sdr', 'bpk', 'kol', 'brigjen', 'kompol', 'drs']),
  prefixes: new Set(['dr', 'prof', 'h', 'hj', 'ir', 'jl', 'no', 'sdr', 'bpk', 'drs']),
};
