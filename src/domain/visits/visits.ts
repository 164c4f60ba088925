import { type EstateLetterhead, estateName } from '@/domain/estates/readEstate'
import { formatEstateDateTime } from '@/domain/estates/timeZone'
import type { Lang } from '@/errors/catalogue'

export const VISIT_PARTIES = ['cs', 'engineering', 'environment', 'security', 'contractor'] as const
export const VISIT_PARTY_LABELS = {
  cs: { en: 'Customer service', 'zh-TW': '客服部' },
  engineering: { en: 'Engineering (M&E)', 'zh-TW': '機電部' },
  environment: { en: 'Environment (cleaning)', 'zh-TW': '環境部（清潔）' },
  security: { en: 'Security', 'zh-TW': '安全管理部' },
  contractor: { en: 'Decoration company or contractor', 'zh-TW': '裝修公司或承建商' },
} as const

/** HV-2: the conduct rules of (五) 4–8, printed on every visit sheet. */
export const CONDUCT_RULES = {
  'zh-TW': [
    '入戶前先練習住戶姓名的讀音，以示尊重。',
    '按門鐘一次；如 3 分鐘後仍未有人應門，才再按第二次，切勿連續按鈴。',
    '禮貌地向住戶（或家傭）問好，並說明來意。',
    '機電、清潔或保安人員工作時，客服人員須在旁跟進並解答住戶疑問；切勿獨自在住戶家中非工作範圍走動。',
    '除工作外不閒談（如被問及須禮貌回答）；切勿取笑；切勿使用或移動住戶物品作工具；站姿端正，即使獲邀亦不坐下或倚靠，並禮貌婉拒。',
  ],
  en: [
    'Before going in, rehearse the resident’s name so it is said correctly, as a mark of respect.',
    'Ring the doorbell once; only if nobody has opened after 3 minutes ring a second time — never ring repeatedly.',
    'Greet the resident (or helper) politely and introduce the matter.',
    'While Engineering, cleaning or security staff work, the CS staff member stays beside them to follow the work and answer the resident; never wander alone in the non-work areas of the home.',
    'No talk beyond the work (answer politely if asked); never mock; never use or move the resident’s belongings as tools; stand properly; do not sit or lean, even if invited — decline politely.',
  ],
} as const

/** HV-3: the resident is told of a rebooked visit, with the reason and the new time. */
export function visitRebookedEmail(
  v: { residentName: string; unit: string; from: string; to: string; reason: string },
  estate: Pick<EstateLetterhead, 'name' | 'nameEn' | 'timeZone'>,
  lang: Lang,
) {
  const name = estateName(estate, lang)
  const at = (iso: string) => formatEstateDateTime(iso, estate.timeZone, lang, { time: true })
  return lang === 'en'
    ? {
        subject: `${name}: your home visit has a new time — ${at(v.to)}`,
        body: `Dear ${v.residentName} (${v.unit}),\n\nWe are sorry: we cannot come at ${at(v.from)}.\nWhy: ${v.reason}\nNew time: ${at(v.to)}\n\nIf the new time does not suit you, please call the management office.`,
      }
    : {
        subject: `${name}管理處：上門時間更改為 ${at(v.to)}`,
        body: `${v.residentName}（${v.unit}）您好：\n\n很抱歉，我們未能於 ${at(v.from)} 到訪。\n原因：${v.reason}\n新時間：${at(v.to)}\n\n如新時間不便，請致電管理處。`,
      }
}
