/**
 * Several years' returns merged into one history per child, with the cleaning rules of the sector's
 * demand model applied and every change they make reported as an artefact.
 */
import type { IsoDate } from "../calendar/dates.js";

/** One episode of care, typed, with ISO dates. */
export interface Episode {
  child: string;
  decom: IsoDate;
  /** Null while it continues. */
  dec: IsoDate | null;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  placeProvider: string;
  rec: string;
  reasonPlaceChange: string;
  homePost: string;
  plPost: string;
  urn: string;
  /** Miles from home to the placement (PL_DISTANCE, as the DfE derives it); absent or null when not known. */
  plDistance?: number | null;
}

export interface MissingEpisode {
  child: string;
  missing: string;
  start: IsoDate;
  end: IsoDate | null;
}

export interface ChildHistory {
  child: string;
  sex: string;
  dob: IsoDate;
  ethnic: string;
  uasc: boolean;
  /** The date the child ceased to be UASC (DUC), from the latest year that lists it; absent or null when not known. */
  duc?: IsoDate | null;
  /** In DECOM order, cleaned. */
  episodes: Episode[];
  /**
   * The episodes the measures count, as the DfE sees the returns: one per DECOM and overlaps
   * ended, but continuous L/T/U episodes not folded into the one before (a T or U change is a new
   * placement there) and none dropped for sharing a DEC (the later of two open episodes ends the
   * earlier); absent: the measures count on `episodes`.
   */
  placementEpisodes?: Episode[];
  missing: MissingEpisode[];
}

/** Something the cleaning changed or could not use, naming the file, row and child. */
export interface Artefact {
  file: string;
  row: number;
  child: string;
  rule: string;
  message: string;
}

export interface Ssda903History {
  /** The collection years merged, oldest first. */
  years: number[];
  children: ChildHistory[];
  artefacts: Artefact[];
}
