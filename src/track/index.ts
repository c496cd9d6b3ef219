// `claims track`: one claim followed across many articles and both languages.
export { track, type Tracked, type TrackResult, type TrackGroup, type TrackMember, type Disagreement, type TrackOptions } from './track.js';
export { renderTrack } from './render.js';
