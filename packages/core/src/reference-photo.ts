/**
 * The photo self-service certification compares against. Enrolment by one member of staff and
 * approval by another keeps a single clerk from swapping in someone else's face.
 */
export type ReferencePhoto = {
  id: string;
  pensionerId: string;
  jpeg: Uint8Array;
  /** computed by the face engine; null until it has run */
  embedding: Float32Array | null;
  /** face model that produced the embedding; embeddings of different models never compare */
  model: string | null;
  enrolledAt: number;
  enrolledBy: string;
  approvedBy: string | null;
  active: boolean;
};
