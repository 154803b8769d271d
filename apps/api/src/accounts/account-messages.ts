import type { OutgoingMessage } from '../common/messaging/message-transport';

const CODE_MINUTES = 15;

/** Every message says what happened and what to do next, in zh-TW first, then English. */
export const emailVerificationMessage = (email: string, code: string): OutgoingMessage => ({
  channel: 'email',
  recipient: email,
  subject: '開放提案：請驗證您的電子郵件 / Open Proposals: verify your email',
  body: [
    `您的電子郵件驗證碼是 ${code}。`,
    `請在 ${CODE_MINUTES} 分鐘內於網站輸入此驗證碼，完成驗證後即可留言與追蹤提案。如果您沒有註冊，請忽略這封信。`,
    '',
    `Your email verification code is ${code}.`,
    `Enter it on the site within ${CODE_MINUTES} minutes; once verified you can comment and follow proposals. If you did not register, ignore this message.`,
  ].join('\n'),
});

export const phoneVerificationMessage = (phone: string, code: string): OutgoingMessage => ({
  channel: 'sms',
  recipient: phone,
  subject: null,
  body: `開放提案手機驗證碼 ${code}，${CODE_MINUTES} 分鐘內有效。Open Proposals phone code ${code}, valid for ${CODE_MINUTES} minutes.`,
});

export const passwordResetMessage = (email: string, code: string): OutgoingMessage => ({
  channel: 'email',
  recipient: email,
  subject: '開放提案：重設密碼 / Open Proposals: reset your password',
  body: [
    `有人要求重設您帳號的密碼。驗證碼是 ${code}，請在 ${CODE_MINUTES} 分鐘內於重設頁面輸入並設定新密碼；重設後所有裝置都會登出。如果不是您本人，請忽略這封信，密碼不會改變。`,
    '',
    `Someone asked to reset your password. The code is ${code}: enter it on the reset page within ${CODE_MINUTES} minutes and choose a new password; every device will then be signed out. If this was not you, ignore this message and your password stays the same.`,
  ].join('\n'),
});

export const CODE_LIFETIME_MS = CODE_MINUTES * 60 * 1000;
