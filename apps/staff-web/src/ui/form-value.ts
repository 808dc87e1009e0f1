/** A text field's value from a submitted form; '' when missing (files never come through here). */
export function formValue(form: HTMLFormElement, name: string): string {
  const v = new FormData(form).get(name);
  return typeof v === 'string' ? v : '';
}
