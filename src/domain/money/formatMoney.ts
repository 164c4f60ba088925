/**
 * Money as people read it, one way per language (issue 8): in Chinese the amount then the
 * currency's Chinese name ("50 元", "28.50 元"), in English the ISO code then the amount with two decimals
 * ("CNY 50.00"). The currency comes from the estate's settings; an unknown code is written as
 * the code in both languages. A no-break space keeps amount and currency on one line.
 */
export type MoneyLang = 'zh-TW' | 'en'

const CHINESE_CURRENCY_NAMES: Record<string, string> = {
  CNY: '元',
  HKD: '港元',
  MOP: '澳門元',
  TWD: '新臺幣元',
  USD: '美元',
}

export function formatMoney(amount: number, currency: string | null | undefined, lang: MoneyLang) {
  const code = (currency || 'CNY').toUpperCase()
  if (lang === 'en') {
    const number = amount.toLocaleString('en', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    return `${code}\u00a0${number}`
  }
  const number = amount.toLocaleString('zh-TW', {
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  })
  return `${number}\u00a0${CHINESE_CURRENCY_NAMES[code] ?? code}`
}
