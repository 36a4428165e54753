'use client';

// One setup for every form that saves through a mutation: react-hook-form checked by the server's zod
// schema (the one definition of the input), each field's problem in the staff member's words, and the
// save status that says "saved" or why the server refused. Forms were repeating these four hooks each.
//
//   const { register, fieldError, onValid, pending, status } = useZodForm(retentionDaysInput, { namespace: 'settings', defaultValues: days });
//   <form onSubmit={onValid(async (values) => (await save.mutateAsync(values), t('saved')))} noValidate>
//     <Field label={…} error={fieldError('voiceDays')}>{(control) => <input {...control} {...register('voiceDays')} />}</Field>
//     <SubmitButton pending={pending}>{t('save')}</SubmitButton>
//   </form>
//   <SaveStatusMessage status={status} />
import { zodResolver } from '@hookform/resolvers/zod';
import { get, useForm, type FieldValues, type Path, type SubmitErrorHandler, type UseFormProps } from 'react-hook-form';
import type { z } from 'zod';
import { useFieldErrorMessage, type FormMessageNamespace } from './form-errors';
import { useSaveStatus, type SaveStatus } from './save-status';

export interface ZodFormOptions<Input extends FieldValues, Output> extends Omit<UseFormProps<Input, unknown, Output>, 'resolver'> {
  /** Where the form's words are: `<namespace>.validation.*` for field problems, `<namespace>.errors.*` for refusals. */
  namespace: FormMessageNamespace;
  /** Refusals that belong beside a field rather than in the form's summary ("emailTaken" → email). */
  fieldOfRefusal?: Partial<Record<string, Path<Input>>>;
}

/**
 * The form (everything useForm returns), plus:
 * - `onValid(work, onInvalid?)`: the form's submit handler — `work` gets the parsed values once they pass
 *   the schema and returns the words of success (or a status, or null); a refusal it throws becomes the
 *   status, or the error of the field `fieldOfRefusal` names for it; `onInvalid` sees the field problems
 *   when they do not pass (to show a hidden tab);
 * - `fieldError(name)`: that field's problem, translated, or null (`fieldMessage(key)` for a key in hand);
 * - `pending`: while a submit is running (hold the submit button);
 * - the save status (`status`, `error`, `info`, `show`, `showError`, and `run` for the form's other buttons).
 */
export function useZodForm<Input extends FieldValues, Output extends FieldValues>(schema: z.ZodType<Output, Input>, { namespace, fieldOfRefusal = {}, ...options }: ZodFormOptions<Input, Output>) {
  const form = useForm<Input, unknown, Output>({ ...options, resolver: zodResolver(schema) });
  const fieldMessage = useFieldErrorMessage(namespace);
  const saveStatus = useSaveStatus(namespace);
  const onValid = (work: (values: Output) => Promise<string | SaveStatus>, onInvalid?: SubmitErrorHandler<Input>) =>
    form.handleSubmit(
      (values) =>
        saveStatus.run(async () => {
          try {
            return await work(values);
          } catch (failure) {
            const field = failure instanceof Error ? fieldOfRefusal[failure.message] : undefined;
            if (!field) throw failure;
            form.setError(field, { message: (failure as Error).message });
            return null;
          }
        }),
      onInvalid,
    );
  const fieldError = (name: Path<Input>): string | null => fieldMessage((get(form.formState.errors, name) as { message?: string } | undefined)?.message);
  return { ...form, ...saveStatus, onValid, fieldError, fieldMessage, pending: form.formState.isSubmitting };
}
