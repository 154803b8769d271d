import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import {
  postEmailCode,
  postEmailCodeRequest,
  postLogin,
  postPasswordReset,
  postPasswordResetRequest,
  postPhone,
  postPhoneCode,
  postRegistration,
  type PasswordResetInput,
  type RegistrationInput,
} from '../api/account-api';
import { useSetSessionAccount } from './use-session';

/** Registers, then signs in with the same credentials so the next step (the emailed code) can be confirmed. */
export const useRegister = () => {
  const client = useApiClient();
  const setAccount = useSetSessionAccount();
  return useMutation({
    mutationFn: async (input: RegistrationInput) => {
      const registration = await postRegistration(client, input);
      setAccount(await postLogin(client, { email: input.email, password: input.password }));
      return registration;
    },
  });
};

export const useResendEmailCode = () => {
  const client = useApiClient();
  return useMutation({ mutationFn: () => postEmailCodeRequest(client) });
};

/** Confirms a code; the answer is the account with its new tier. */
export const useConfirmEmail = () => {
  const client = useApiClient();
  const setAccount = useSetSessionAccount();
  return useMutation({ mutationFn: (code: string) => postEmailCode(client, code), onSuccess: setAccount });
};

export const useSendPhoneCode = () => {
  const client = useApiClient();
  return useMutation({ mutationFn: (phone: string) => postPhone(client, phone) });
};

export const useConfirmPhone = () => {
  const client = useApiClient();
  const setAccount = useSetSessionAccount();
  return useMutation({ mutationFn: (code: string) => postPhoneCode(client, code), onSuccess: setAccount });
};

export const useRequestPasswordReset = () => {
  const client = useApiClient();
  return useMutation({ mutationFn: (email: string) => postPasswordResetRequest(client, email) });
};

export const useResetPassword = () => {
  const client = useApiClient();
  return useMutation({ mutationFn: (input: PasswordResetInput) => postPasswordReset(client, input) });
};
