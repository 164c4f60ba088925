import type { AdminLang } from '@/server/adminBrand'

/** Words of the admin panel's own components (the dashboard, the search box) in both languages. */
const dict = {
  todaysWork: { 'zh-TW': '今日工作', en: 'Today’s work' },
  yourRoles: { 'zh-TW': '您在本屋苑的職務：', en: 'Your roles here: ' },
  nothingToDo: {
    'zh-TW': '您的職務今日沒有待辦事項。',
    en: 'Nothing is waiting for your roles today.',
  },
  noRoles: {
    'zh-TW': '您在目前屋苑沒有職務，請聯絡系統管理員。',
    en: 'You hold no role at this estate. Ask a system administrator.',
  },
  open: { 'zh-TW': '查看', en: 'Open' },
  searchHeading: { 'zh-TW': '搜尋', en: 'Search' },
  searchLabel: {
    'zh-TW': '單元、成員姓名、電話或出入證號',
    en: 'Unit, member’s name, phone or pass number',
  },
  searchButton: { 'zh-TW': '搜尋', en: 'Search' },
  searching: { 'zh-TW': '搜尋中…', en: 'Searching…' },
  noResults: { 'zh-TW': '找不到相符的紀錄。', en: 'Nothing matches.' },
  households: { 'zh-TW': '住戶', en: 'Households' },
  members: { 'zh-TW': '家庭成員', en: 'Household members' },
  passes: { 'zh-TW': '出入證', en: 'Passes' },
  searchFailed: { 'zh-TW': '未能搜尋，請再試。', en: 'The search failed. Please try again.' },
} satisfies Record<string, Record<AdminLang, string>>

export type AdminWord = keyof typeof dict

export const adminText = (lang: AdminLang) => (word: AdminWord) => dict[word][lang]
