// Date fields that read and write YYYY-MM-DD whatever the browser's locale (a date input shows mm/dd/yyyy in some).

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

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
    input.setCustomValidity(input.value === '' || isIsoDate(input.value) ? '' : 'Write the date as YYYY-MM-DD.'),
  );
  return input;
}
