'use client'

import type { InputHTMLAttributes, Ref } from 'react'

type FormFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby'> & {
  id: string
  label: string
  hint?: string
  error?: string | null
  /** Ids of messages outside the field that also describe it (a form-level error). */
  describedBy?: string[]
  inputRef?: Ref<HTMLInputElement>
}

/** A labelled input whose hint and error are tied to it, the error announced when it appears. */
export function FormField({
  id,
  label,
  hint,
  error,
  describedBy = [],
  inputRef,
  ...input
}: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const described = [hintId, errorId, ...describedBy].filter(Boolean).join(' ') || undefined
  return (
    <div className="portal-field">
      <label htmlFor={id} className="portal-field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="portal-field__hint">
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        ref={inputRef}
        id={id}
        className="portal-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {error ? (
        <p id={errorId} role="alert" className="portal-field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  )
}
