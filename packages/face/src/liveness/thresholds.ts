// Every number the liveness checks compare against, in one place so that a calibration run can be
// read against a single table. Angles are degrees, times milliseconds, sizes are relative to the
// face (so that distance to the camera does not change the decision).

export const THRESHOLDS = {
  /** Fewer usable frames than this in a step and no action can be judged in it. */
  minUsableFramesPerStep: 3,

  nod: {
    /**
     * Pitch must drop this far below where the head started. Generated nods measure 20-28
     * degrees; other steps never dropped more than 14 (and those were shakes, which fail the
     * dominance test), a tilted photo about 5.
     */
    minDropDeg: 10,
    /** The head must come back up by at least this share of the drop: a nod, not a bow. */
    minReturnShare: 0.5,
    /** The pitch range must dominate the yaw range, or a shake would count as a nod. */
    minDominance: 1.2,
  },

  shake: {
    /**
     * Yaw swing needed on each side of the starting direction: "both ways", not a glance.
     * Generated shakes swing 20-36 degrees each way; other steps reached 11 on one side only.
     */
    minSwingDeg: 10,
    /** Frames at each end of the step that define where the head faced before and after. */
    anchorFrames: 2,
    /** The yaw range must dominate the pitch range, or a nod would count as a shake. */
    minDominance: 1.2,
  },

  mouth: {
    /** A mouth this open is open at all (inner-lip gap over mouth width). */
    minOpenness: 0.12,
    /**
     * Rise over the step's resting level, on frames near the step's usual pose. Generated mouth
     * openings rose 0.078-0.35 (weak ones on faces where the generator opens the jaw little);
     * steps without one rose up to 0.083, once (a smiling photo whose mouth rests half open):
     * a false mouth there only matters if the mouth was asked for in that very step. Real
     * wide-open mouths rise 0.3 and more.
     */
    minRise: 0.07,
    /**
     * A rise of the inner gap that stays under `minOpenness` still counts when the lips' outer
     * height rises this much over its resting level in the step (both lips' thickness plus the gap,
     * over mouth width). Generated mouths the inner lips read too little for rose 0.1-0.2. In steps
     * without an opening it rose 0.04 (median) and up to 0.13 (95th percentile: nods, tilted
     * photos), so it stands in only for the absolute level, never for the inner gap's rise.
     */
    minLipsRise: 0.08,
    /**
     * On one frame at least, the inner gap and the outer height each stand this far over their
     * resting levels. Measured on the frames the engine samples (genuine recordings of people
     * 0-109 and 160-269, attacks of people 30-74): of the 120 generated mouths that passed the
     * rules above it turned down one (rise 0.071, joint 0.059; the cavity rule below accepts it),
     * and of the 70 genuine steps without a mouth that passed them ("opened the mouth" in a nod
     * or a gaze step) 9; of the attacks' steps without a mouth, 2 of 33.
     */
    minJointRise: 0.06,
    /**
     * Rise of the mouth region's dark share (`mouthDarkness`), on two frames at least, that shows
     * the cavity of an opened mouth. On the sampled frames of the generated recordings of people
     * 0-109 and 160-269, read within 8 degrees of each step's pose, it rose 0.13 or more in nine
     * of ten mouth steps and at most 0.1 in the 523 other steps; in photo and still attacks of
     * people 30-74 at most 0.15, once, on a print resting with the mouth open and tilted (the
     * region is measured in mouth widths, which a turned print foreshortens). Real open mouths
     * with the teeth showing may darken the region less; the inner-lip rule above still applies.
     */
    minDarkRise: 0.15,
    /** ...with the inner gap this far over its resting level on some frame of the step. */
    minGapRiseWithCavity: 0.02,
    /** Share of the step's frames (lowest first) that defines the resting level. */
    restQuantile: 0.2,
    /** Frames whose pitch is further than this from the step's median are not read (`mouth.ts`). */
    maxPitchShiftDeg: 20,
  },

  /** Frames further than this from the step's median pose are not read for eyes and mouth. */
  steadyPoseDeg: 8,

  blink: {
    /** Each eye's open level is this quantile of its openness over the step (eyes are mostly open). */
    openQuantile: 0.8,
    /**
     * Closed when the two eyes' mean openness is below this share of their open levels. On
     * generated blinks the mean fell to 0.51-0.76 of open (two faces only to 0.83 and 0.88: the
     * mesh barely followed the rendered lids); steady frames of other steps never below 0.86.
     */
    closedShare: 0.8,
    /** ...and neither eye above this share: one eye staying open is a wink or a glint, not a blink. */
    winkGuardShare: 0.9,
    /** Reopened when the mean is back above this share of the open levels. */
    reopenShare: 0.8,
    /**
     * Closed, too, when both eyes' pattern is this far from its open look (1 - correlation,
     * `eye-change.ts`; the lesser of the two eyes) while the mean openness is below
     * `lookClosedShare`: the lids moved, if not far. On every frame of generated blink steps of
     * people 0-99 (steady frames), frames with the rendered lids shut changed 0.2 or more in 57 of
     * 64 steps, open frames of those steps at most 0.19; frames of photo attacks at most 0.16
     * (a print turning within the steady limit), of still attacks 0.04. The mesh's own ratio on
     * the shut frames of the held-out failures stayed at 0.77-0.89, one face at 0.93.
     */
    minEyeChange: 0.2,
    lookClosedShare: 0.95,
    /**
     * ...and only while the step's median yaw is within this: a still print of a face turned 28
     * degrees changed 0.42 on sampled frames (its far eye's patch reaches the face's edge), while
     * the blinks this cue exists for were seen at 0-11 degrees.
     */
    lookMaxYawDeg: 20,
    /** An open level below this means the eyes were never seen open: openness is then noise. */
    minOpenLevel: 0.1,
    /** A blink lasts 80-800 ms; longer is eyes shut (a photo with closed eyes, a sleeper). */
    minDurationMs: 80,
    maxDurationMs: 800,
  },

  gaze: {
    /**
     * Head pose limits for "facing the screen": loose, since people hold phones low or to one
     * side and what matters is where the eyes point (below).
     */
    maxHeadYawDeg: 30,
    maxHeadPitchDeg: 30,
    /**
     * Gaze (head + iris) limits for "looking at the screen": 25 degrees is ~15 cm off at 35 cm,
     * the edge of a phone. LFW photos are often taken from the side: generated heads that kept
     * their photo's pose never came within 25 for 4 of 80 faces; the generator now turns the
     * head to the camera in a gaze step, as a person does, and all four pass.
     */
    maxGazeYawDeg: 25,
    maxGazePitchDeg: 25,
    /** The frontal gaze must be held this long without a break. */
    minHoldMs: 600,
  },

  parallax: {
    /**
     * Pose change between two frames needed before parallax is measured. Below it a live head
     * shows little more than a flat print (a genuine attempt without nod or shake turned 9
     * degrees and left a residual of 0.020); generated nods and shakes turn 21-55 degrees.
     */
    minPoseChangeDeg: 15,
    /** How many of the most rotated frames are compared with the most frontal one. */
    pairs: 3,
    /**
     * RMS residual of the best homography between the two frames' rigid landmarks, over the face
     * width, below which the motion is that of a flat picture. The mesh is predicted, not
     * tracked, so a flat print leaves some: 0.010-0.027 for a print tilted up to 45 degrees,
     * 0.021-0.051 for the generator's moving prints; generated heads 0.048 and up. Set low so
     * that no live head is refused on it; the model ratio below does the finer work.
     */
    minResidual: 0.03,
    /**
     * The homography residual over the residual of a rigid 3D shape under an affine camera
     * (same number of parameters): a head is explained several times better in 3D. Generated
     * heads: 2.5-4.8 per pair; the generator's moving prints: 1.1-3.0 (Human's mesh makes a
     * tilted print look somewhat 3D, so this separates only part of them).
     */
    minModelRatio: 1.8,
  },

  motion: {
    /**
     * Largest landmark displacement anywhere in the recording, over the face width, below which
     * nothing moved at all (a still image, a frozen stream). Sensor noise alone stays below it.
     */
    minMaxDisplacement: 0.02,
  },

  quality: {
    /** Mean luma over the face below this and the face cannot be judged (0..255). */
    minBrightness: 40,
    /** Variance of the Laplacian over the face below this is motion blur or focus failure. */
    minSharpness: 15,
    /** Face box width over frame width; smaller faces give too few pixels for the mesh. */
    minFaceSizeRatio: 0.12,
    /** More unusable frames than this share fails the attempt: the rest cannot be trusted. */
    maxUnusableShare: 0.25,
    /** A second face in more frames than this is another person in view, not a false detection. */
    maxMultiFaceFrames: 1,
    /** A problem is named in the reasons when it affects at least this share of the frames. */
    reportShare: 0.1,
  },

  freshness: {
    /** Intervals shorter than this mean more than 50 frames a second: not a phone camera. */
    minFrameIntervalMs: 20,
    /** A longer hole in the recording could hide a cut. */
    maxFrameGapMs: 1000,
    /** A step shorter than this is too short to perform any action. */
    minStepDurationMs: 500,
    /** A recording longer than this is not one attempt. */
    maxDurationMs: 60_000,
    /** Tolerance for client and server clocks when checking the challenge window. */
    clockSkewMs: 2_000,
  },

  identity: {
    /**
     * Embeddings sampled per step to look for a change of person: two (its first and last
     * frames near the usual pose) meet a swap at any step boundary; each costs ~20 ms of a core.
     */
    samplesPerStep: 2,
    /**
     * Frames this close to the attempt's median pose are embedded, since matching degrades with
     * pose; a step with none has its nearest frames embedded instead, so no step goes unchecked.
     */
    maxPoseDeg: 20,
  },
} as const;

export type Thresholds = typeof THRESHOLDS;
