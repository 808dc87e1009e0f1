// Landmark indices of the 468-point face mesh (MediaPipe / Human numbering) that the animation
// moves. Lists are ordered so that the i-th upper-lid point sits above the i-th lower-lid point.

/** Face outline, clockwise from the forehead top; the head's skirt is grown outward from it. */
export const FACE_OVAL = [
  10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148,
  176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
] as const;

export type EyeLids = {
  /** the outer and the inner corner, where the lids meet */
  corners: readonly [number, number];
  upper: readonly number[];
  lower: readonly number[];
  /** the skin fold above the upper lid: it follows the lid part of the way so the skin stretches */
  crease: readonly number[];
};

/** The subject's right eye (image left). */
export const RIGHT_EYE: EyeLids = {
  corners: [33, 133],
  upper: [246, 161, 160, 159, 158, 157, 173],
  lower: [7, 163, 144, 145, 153, 154, 155],
  crease: [247, 30, 29, 27, 28, 56, 190],
};

/** The subject's left eye (image right). */
export const LEFT_EYE: EyeLids = {
  corners: [263, 362],
  upper: [466, 388, 387, 386, 385, 384, 398],
  lower: [249, 390, 373, 374, 380, 381, 382],
  crease: [467, 260, 259, 257, 258, 286, 414],
};

/** Inner lip contour as a closed loop: corner, upper lip left to right, lower lip back. */
export const INNER_LIP_LOOP = [
  78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95,
] as const;

/** Upper lip (stays with the skull when the jaw opens). */
export const UPPER_LIP = [
  191, 80, 81, 82, 13, 312, 311, 310, 415, 185, 40, 39, 37, 0, 267, 269, 270, 409, 184, 74, 73, 72,
  11, 302, 303, 304, 408, 183, 42, 41, 38, 12, 268, 271, 272, 407,
] as const;

/** Lower lip (moves fully with the jaw). */
export const LOWER_LIP = [
  95, 88, 178, 87, 14, 317, 402, 318, 324, 146, 91, 181, 84, 17, 314, 405, 321, 375, 77, 90, 180,
  85, 16, 315, 404, 320, 307, 96, 89, 179, 86, 15, 316, 403, 319, 325,
] as const;

/** Mouth corners move half way, as real corners stretch rather than drop. */
export const MOUTH_CORNERS = [61, 291, 78, 308, 62, 292, 76, 306] as const;

export const NOSE_TIP = 1;
export const NOSE_BOTTOM = 2;
export const FOREHEAD_TOP = 10;
export const CHIN = 152;
export const CHEEK_RIGHT = 234;
export const CHEEK_LEFT = 454;
