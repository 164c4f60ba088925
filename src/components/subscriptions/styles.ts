/** The class names of the two places the subscription forms appear: the portal and the office desk. */
export type FormVariant = 'portal' | 'office'

export const FORM_CLASSES = {
  portal: {
    form: 'portal-form',
    field: 'portal-field',
    label: 'portal-field__label',
    hint: 'portal-field__hint',
    input: 'portal-field__input',
    check: 'portal-check',
    pad: 'portal-pad',
    primary: 'portal-button portal-button--primary',
    quiet: 'portal-button portal-button--quiet',
    buttons: 'portal-confirm__buttons',
    error: 'portal-alert',
    ok: 'portal-success',
  },
  office: {
    form: 'office-form',
    field: 'field',
    label: '',
    hint: 'hint',
    input: '',
    check: 'check',
    pad: 'pad-wrap',
    primary: 'button',
    quiet: 'button secondary',
    buttons: 'actions',
    error: 'error',
    ok: 'notice-ok',
  },
} as const
