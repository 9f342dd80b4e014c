// Date fields that read and write YYYY-MM-DD whatever the browser's locale (a date input shows mm/dd/yyyy in some).
import { isRealDate } from '../../server/shared/dates';

/** A text field for a YYYY-MM-DD date; the browser flags anything else as invalid. */
export function isoDateInput(attributes: { id: string; value: string; required?: boolean }): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.id = attributes.id;
  input.value = attributes.value;
  input.required = attributes.required ?? false;
  input.placeholder = 'YYYY-MM-DD';
  input.inputMode = 'numeric';
  input.pattern = '\\d{4}-\\d{2}-\\d{2}';
  input.maxLength = 10;
  input.size = 11;
  input.className = 'iso-date';
  input.addEventListener('input', () =>
    input.setCustomValidity(input.value === '' || isRealDate(input.value) ? '' : 'Write the date as YYYY-MM-DD.'),
  );
  return input;
}
