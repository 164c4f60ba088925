import { registerTemplateCsv } from '@/domain/register/vocabulary'

/**
 * GET /office/import/template?lang=zh-TW|en — the register template with the headings in one
 * language, built from the vocabulary the import reads (PAS-1). It holds no data, only headings.
 */
export function GET(request: Request) {
  const lang = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'zh-TW'
  const name = lang === 'en' ? 'household-register-template.csv' : '住戶資料範本.csv'
  return new Response(registerTemplateCsv(lang), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="household-register-template-${lang}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    },
  })
}
