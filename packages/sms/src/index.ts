export * from './file-sms.ts';
export * from './http-gateway-sms.ts';
export * from './mask-mobile.ts';
export * from './memory-sms.ts';
