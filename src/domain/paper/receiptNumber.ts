/**
 * A sign-for receipt's number as printed and quoted on the phone: the estate's code, the unit and
 * the household's handover number, e.g. SG-1-0101-R1. A receipt not yet signed carries the number
 * its handover will take (the household's next).
 */
export function receiptNumber(
  estateCode: string | null | undefined,
  unit: string,
  sequence: number,
) {
  return `${estateCode ? `${estateCode}-` : ''}${unit}-R${sequence}`
}
