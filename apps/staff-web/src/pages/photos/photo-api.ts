// Replies of the photo enrolment API (apps/server/src/routes/staff-photos).

export type StaffRef = { id: string; name: string };

export type PhotoEnrolment = {
  id: string;
  pensionerId: string;
  pensionerName: string;
  source: 'camera' | 'upload';
  reason: string;
  quality: {
    faces: number;
    faceSizeRatio: number;
    pose: { yaw: number; pitch: number; roll: number };
    brightness: number;
    sharpness: number;
  };
  status: 'pending' | 'approved' | 'rejected';
  requestedBy: StaffRef;
  requestedAt: string;
  decidedBy: StaffRef | null;
  decidedAt: string | null;
  decisionReason: string | null;
  hasPhoto: boolean;
};

export type PersonPhotos = {
  activePhoto: { id: string; enrolledAt: string } | null;
  enrolments: PhotoEnrolment[];
};

export type MissingPhotos = {
  total: number;
  people: {
    id: string;
    name: string;
    districtCode: string;
    mobile: string | null;
    pending: boolean;
  }[];
};

export const activePhotoPath = (personId: string) => `/api/staff/pensioners/${personId}/photo`;
export const candidatePhotoPath = (enrolmentId: string) =>
  `/api/staff/photo-enrolments/${enrolmentId}/photo`;

/** base64 of a Blob, without the data: prefix, as the API takes images. */
export const base64Of = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
