// Indices into the 478-point MediaPipe mesh as Human returns it. "Right"/"left" are the person's own
// sides: the person's right eye appears on the image's left for a camera facing them.

export const LM = {
  rightEyeOuter: 33,
  rightEyeInner: 133,
  /** eyelid pairs (upper, lower) across the right eye, for the eye aspect ratio */
  rightEyeLids: [
    [160, 144],
    [158, 153],
  ],
  leftEyeOuter: 263,
  leftEyeInner: 362,
  leftEyeLids: [
    [385, 380],
    [387, 373],
  ],
  rightEyeUpper: 159,
  rightEyeLower: 145,
  leftEyeUpper: 386,
  leftEyeLower: 374,
  rightCheek: 234,
  leftCheek: 454,
  /** Human orders the iris points 468-472 on the person's left eye and 473-477 on the right. */
  leftIris: 468,
  rightIris: 473,
  noseTip: 1,
  noseBottom: 2,
  forehead: 10,
  chin: 152,
  mouthRightOuter: 61,
  mouthLeftOuter: 291,
  mouthRightInner: 78,
  mouthLeftInner: 308,
  upperLipInner: 13,
  lowerLipInner: 14,
  /** the top of the upper lip and the bottom of the lower lip, on the midline */
  upperLipOuter: 0,
  lowerLipOuter: 17,
} as const;

export const MESH_POINTS = 478;
