/**
 * Refusals a person may read, each with a stable code and a message per language. The API sends
 * `{ errors: [{ message, data: { code } }] }` with the message in the caller's language.
 */
export type Lang = 'zh-TW' | 'en'
type Text = Record<Lang, string>

export const ERRORS = {
  'auth.too-many-attempts': {
    en: 'Too many attempts. Try again in {minutes} minutes.',
    'zh-TW': '嘗試次數過多，請於 {minutes} 分鐘後再試。',
  },
  'auth.password-too-short': {
    en: 'The password must have at least {min} characters.',
    'zh-TW': '密碼最少須有 {min} 個字元。',
  },
  'auth.password-too-common': {
    en: 'This password is too common and easy to guess: choose another.',
    'zh-TW': '此密碼太常見，容易被猜中，請另選一個。',
  },
  'resident.phone-invalid': {
    en: 'Enter a phone number of 6 to 15 digits, for example 138 0013 8000 or +852 9123 4567.',
    'zh-TW': '請輸入 6 至 15 位數字的電話號碼，例如 138 0013 8000 或 +852 9123 4567。',
  },
  'resident.email-invalid': {
    en: 'Enter an e-mail address like name@example.com.',
    'zh-TW': '電郵地址格式不正確，例如 name@example.com。',
  },
  'resident.email-taken': {
    en: 'This e-mail address cannot be used for your account: use another, or call the estate office.',
    'zh-TW': '此電郵地址不能用於您的帳戶，請改用其他地址或致電管理處。',
  },
  'resident.current-password-required': {
    en: 'To change your e-mail address, enter your current password.',
    'zh-TW': '更改電郵地址須輸入現時的密碼。',
  },
  'resident.current-password-wrong': {
    en: 'The current password is not correct; the e-mail address was not changed.',
    'zh-TW': '現時的密碼不正確，電郵地址未有更改。',
  },
  'request.malformed-id': {
    en: '“{id}” is not a valid record id.',
    'zh-TW': '「{id}」不是有效的記錄編號。',
  },
  'request.malformed-url': {
    en: 'The address of the request is not valid.',
    'zh-TW': '請求的網址無效。',
  },
  'request.malformed-query': {
    en: 'The query parameter “{param}” is not valid: {reason}.',
    'zh-TW': '查詢參數「{param}」無效：{reason}。',
  },
  'request.malformed-body': {
    en: 'The request body must be a JSON object.',
    'zh-TW': '請求內容須為 JSON 物件。',
  },
  'request.malformed-json': {
    en: 'The request body is not valid JSON.',
    'zh-TW': '請求內容不是有效的 JSON。',
  },
  'request.unsupported-media-type': {
    en: 'Send JSON (application/json) or a form upload (multipart/form-data).',
    'zh-TW': '請以 JSON（application/json）或表單上載（multipart/form-data）傳送。',
  },
  'request.json-only': {
    en: 'Send the GraphQL request as JSON (application/json).',
    'zh-TW': '請以 JSON（application/json）傳送 GraphQL 請求。',
  },
  'request.method-not-allowed': {
    en: 'This address does not accept {method} requests.',
    'zh-TW': '此網址不接受 {method} 請求。',
  },
  'request.not-found': {
    en: 'There is nothing at this address.',
    'zh-TW': '此網址沒有內容。',
  },
  'request.cross-site': {
    en: 'This request came from another site and was refused.',
    'zh-TW': '此請求來自其他網站，已被拒絕。',
  },
  'request.invalid': {
    en: 'The request could not be understood: check the values sent.',
    'zh-TW': '無法理解此請求，請檢查所送出的資料。',
  },
  'server.database-unavailable': {
    en: 'The database is not answering. Please try again shortly.',
    'zh-TW': '資料庫暫時沒有回應，請稍後再試。',
  },
  'live.sign-in-required': {
    en: 'Sign in to follow this board live.',
    'zh-TW': '請先登入，才可即時查看此告示板。',
  },
  'live.unknown-topic': {
    en: 'There is no live board “{topic}”. The live boards are: {topics}.',
    'zh-TW': '沒有名為「{topic}」的即時告示板。即時告示板有：{topics}。',
  },
  'live.too-many-streams': {
    en: 'Too many live boards are open; this one will refresh every few seconds instead.',
    'zh-TW': '已開啟的即時告示板過多，此告示板將改為每數秒更新一次。',
  },
  'live.unavailable': {
    en: 'Live updates are paused for a moment; the board refreshes every few seconds meanwhile.',
    'zh-TW': '即時更新暫停片刻，期間告示板每數秒更新一次。',
  },
  'handover.in-progress': {
    en: 'These passes are being handed over in another request; nothing was changed here.',
    'zh-TW': '這些出入證正在另一個請求中移交，此處未作任何更改。',
  },
  'handover.nothing-prepared': {
    en: 'This household has no prepared passes to hand over.',
    'zh-TW': '此住戶沒有待移交的出入證。',
  },
  'pass.unpaid-limit': {
    en: 'This member already has {limit} extra passes awaiting payment: pay for them at the office first.',
    'zh-TW': '此成員已有 {limit} 張加證尚未繳費，請先到管理處繳費。',
  },
  'pass.too-many-requests': {
    en: 'Too many pass requests. Try again in {minutes} minutes.',
    'zh-TW': '申請出入證次數過多，請於 {minutes} 分鐘後再試。',
  },
  'request.forbidden': {
    en: 'You are not allowed to do this.',
    'zh-TW': '您沒有執行此操作的權限。',
  },
  'request.field-invalid': {
    en: 'This value is not valid.',
    'zh-TW': '此值無效。',
  },
  'request.member-required': {
    en: 'Say which household member this is for.',
    'zh-TW': '請指定家庭成員。',
  },
  'request.household-required': {
    en: 'Say which household this is for.',
    'zh-TW': '請指定住戶。',
  },
  'estate.forbidden': {
    en: 'This belongs to another estate.',
    'zh-TW': '此記錄屬於其他屋苑。',
  },
  'estate.required': {
    en: 'Choose the estate you are working in first.',
    'zh-TW': '請先選擇您正在工作的屋苑。',
  },
  'estate.not-a-member': {
    en: 'You do not work at this estate.',
    'zh-TW': '您並非此屋苑的員工。',
  },
  'estate.time-zone': {
    en: '“{value}” is not a time zone (for example Asia/Shanghai).',
    'zh-TW': '「{value}」不是有效的時區（例如 Asia/Shanghai）。',
  },
  'estate.logo-too-large': {
    en: 'The logo is larger than {mb} MB.',
    'zh-TW': '標誌圖檔超過 {mb} MB。',
  },
  'estate.code-format': {
    en: 'The short code must be 2 to 10 capital letters or digits, e.g. SG.',
    'zh-TW': '簡稱代號須為 2 至 10 個大寫字母或數字，例如 SG。',
  },
  'estate.currency-format': {
    en: 'The currency must be a three-letter code such as CNY or HKD.',
    'zh-TW': '貨幣須為三個字母的代碼，例如 CNY 或 HKD。',
  },
  'kiosk.only': {
    en: 'Only a paired lobby kiosk may do this.',
    'zh-TW': '只有已配對的大堂自助機可執行此操作。',
  },
  'kiosk.version-invalid': {
    en: 'The kiosk must send its version: up to 40 letters, digits, dots or dashes.',
    'zh-TW': '自助機須提供其版本：最多 40 個字母、數字、點或連字號。',
  },
  'workflow.illegal-move': {
    en: 'This record is “{from}”; it cannot become “{to}” this way.',
    'zh-TW': '此記錄目前為「{from}」，不可如此改為「{to}」。',
  },
  'workflow.illegal-start': {
    en: 'A new record starts as “{initial}”; it cannot start as “{to}”.',
    'zh-TW': '新記錄須由「{initial}」開始，不可直接設為「{to}」。',
  },
  'workflow.unknown-state': {
    en: '“{state}” is not a status of this record.',
    'zh-TW': '「{state}」不是此記錄的狀態。',
  },
  'household.moves-in-at-handover': {
    en: 'A household moves in when its passes are handed over.',
    'zh-TW': '移交出入證時才可轉為已入住。',
  },
  'household.unit-format': {
    en: 'The unit must look like 3-1502 (block-flat).',
    'zh-TW': '單元格式須如 3-1502（座數-單位）。',
  },
  'member.child-age-required': {
    en: 'A child’s age is required.',
    'zh-TW': '孩童須填寫年齡。',
  },
  'member.age-range': {
    en: 'The age must be a whole number from 0 to 130.',
    'zh-TW': '年齡須為 0 至 130 的整數。',
  },
  'member.not-in-household': {
    en: 'The member must belong to this household.',
    'zh-TW': '成員須屬於此住戶。',
  },
  'pass.no-such-member': {
    en: 'There is no such household member.',
    'zh-TW': '沒有此家庭成員。',
  },
  'pass.not-your-household': {
    en: 'You may ask for passes only for members of your own household.',
    'zh-TW': '您只可為本戶的家庭成員申請出入證。',
  },
  'pass.issued-concurrently': {
    en: 'Another pass for this member was issued at the same moment; please try again.',
    'zh-TW': '同一成員的另一張出入證剛剛發出，請再試一次。',
  },
  'signature.missing': {
    en: 'The resident’s signature is missing.',
    'zh-TW': '欠缺業戶簽名。',
  },
  'signature.too-large': {
    en: 'The signature image is too large.',
    'zh-TW': '簽名圖檔過大。',
  },
  'signature.not-png': {
    en: 'The signature must be a PNG image.',
    'zh-TW': '簽名須為 PNG 圖檔。',
  },
  'mail.batch-accept-needs-count': {
    en: 'A batch is accepted only by counting it with the guard and signing, at the mail desk.',
    'zh-TW': '郵件批次須與保安一同點數並簽收（於郵件櫃枱）方可接收。',
  },
  'mail.pickup-needs-signature': {
    en: 'An item is picked up only with the addressee’s signature, at the lobby kiosk or the desk.',
    'zh-TW': '郵件須由收件人於大堂自助機或櫃枱簽收方可領取。',
  },
  'mail.count-invalid': {
    en: 'A count must be a whole number from 1 to 10,000.',
    'zh-TW': '件數須為 1 至 10,000 的整數。',
  },
  'mail.count-mismatch-needs-note': {
    en: 'The counts differ ({declared} declared, {counted} counted): write a note on the difference to accept the batch.',
    'zh-TW': '件數不符（申報 {declared} 件，點算 {counted} 件）：須填寫說明方可簽收。',
  },
  'mail.courier-name-required': {
    en: 'Name the courier company.',
    'zh-TW': '請填寫速遞公司名稱。',
  },
  'mail.batch-already-accepted': {
    en: 'This batch has already been counted and signed.',
    'zh-TW': '此批郵件已點數簽收。',
  },
  'mail.note-too-long': {
    en: 'The note may have at most 1,000 characters.',
    'zh-TW': '說明最多 1,000 字。',
  },
  'member.photo-too-large': {
    en: 'The photo is larger than {mb} MB.',
    'zh-TW': '相片超過 {mb} MB。',
  },
  'member.photo-not-image': {
    en: 'The file is not a photo: send a JPEG, PNG or WebP image.',
    'zh-TW': '檔案不是相片：請上載 JPEG、PNG 或 WebP 圖片。',
  },
  'member.photo-member-required': {
    en: 'Say which household member the photo is of.',
    'zh-TW': '請指明相片所屬的家庭成員。',
  },
  'member.photo-not-theirs': {
    en: 'That photo is not one taken of this member.',
    'zh-TW': '此相片不屬於這位成員。',
  },
  'mail.photo-too-large': {
    en: 'The photo is too large: at most {mb} MB.',
    'zh-TW': '相片過大：最多 {mb} MB。',
  },
  'mail.batch-unknown': {
    en: 'That mail batch does not exist here.',
    'zh-TW': '找不到此郵件批次。',
  },
  'mail.batch-not-accepted': {
    en: 'Count and sign the batch before recording its items.',
    'zh-TW': '請先點數簽收此批郵件，再逐件登記。',
  },
  'mail.batch-full': {
    en: 'All {count} items counted in this batch are already recorded.',
    'zh-TW': '此批點算的 {count} 件郵件已全部登記。',
  },
  'mail.unit-unknown': {
    en: 'That unit is not in this estate’s register.',
    'zh-TW': '住戶登記冊中沒有此單元。',
  },
  'mail.member-not-in-household': {
    en: 'The addressee must be a member of the unit chosen.',
    'zh-TW': '收件人須為所選單元的住戶成員。',
  },
  'mail.addressee-required': {
    en: 'Name the addressee, or choose a member of the unit.',
    'zh-TW': '請填寫收件人姓名，或選擇單元的住戶成員。',
  },
  'mail.return-reason-required': {
    en: 'Write why the item is returned to its sender.',
    'zh-TW': '請填寫退回寄件人的原因。',
  },
  'mail.household-on-hold': {
    en: 'The household has asked the office to hold its mail until {until}: nothing is returned meanwhile.',
    'zh-TW': '住戶已要求管理處暫存郵件至 {until}，期間不會退回任何郵件。',
  },
  'mail.code-malformed': {
    en: 'A pickup code has 10 digits.',
    'zh-TW': '領取碼為 10 位數字。',
  },
  'mail.code-unknown': {
    en: 'No mail is waiting for this code. Check the code, or ask the management office.',
    'zh-TW': '此領取碼沒有待領郵件。請核對號碼，或向管理處查詢。',
  },
  'mail.too-many-codes': {
    en: 'Too many wrong codes. Please ask the management office, or try again in {minutes} minutes.',
    'zh-TW': '錯誤次數過多。請向管理處查詢，或於 {minutes} 分鐘後再試。',
  },
  'mail.items-required': {
    en: 'Choose at least one item to pick up.',
    'zh-TW': '請最少選擇一件郵件。',
  },
  'mail.item-not-for-code': {
    en: 'An item chosen is not waiting for this code.',
    'zh-TW': '所選郵件不屬於此領取碼。',
  },
  'mail.already-picked-up': {
    en: 'This mail has already been picked up ({count} item(s)). Nothing was recorded now.',
    'zh-TW': '此郵件已被領取（{count} 件），是次未有記錄任何領取。',
  },
  'mail.pickup-in-progress': {
    en: 'This mail is being picked up at another place right now.',
    'zh-TW': '此郵件正於另一處辦理領取。',
  },
  'mail.delegate-not-authorised': {
    en: '“{name}” has no valid authorisation from the addressee to collect this mail.',
    'zh-TW': '「{name}」沒有收件人的有效代領授權。',
  },
  'mail.signer-required': {
    en: 'Write the name of the person who signs: the addressee or their authorised delegate.',
    'zh-TW': '請填寫簽收人姓名：收件人本人或獲授權的代領人。',
  },
  'mail.staff-cannot-sign': {
    en: 'Staff never sign for a resident: the addressee or their authorised delegate signs.',
    'zh-TW': '職員不可代住戶簽收：須由收件人本人或獲授權的代領人簽名。',
  },
  'mail.signer-not-addressee': {
    en: '“{name}” is not the addressee ({addressee}); a delegate needs the addressee’s authorisation.',
    'zh-TW': '「{name}」並非收件人（{addressee}）；代領須有收件人的授權。',
  },
  'mail.authorisation-dates': {
    en: 'The last day must be between today and one year from today.',
    'zh-TW': '最後一日須為今日至一年內。',
  },
  'mail.authorisation-withdrawn': {
    en: 'A withdrawn authorisation cannot be changed or restored: add a new one.',
    'zh-TW': '已撤回的授權不可再修改或恢復，請新增授權。',
  },
  'mail.delegate-name-required': {
    en: 'Write the full name of the person who may collect the mail.',
    'zh-TW': '請填寫代領人的全名。',
  },
  'mail.hold-dates': {
    en: 'The last day must be today or later, not before the first day, and within a year.',
    'zh-TW': '最後一日須為今日或之後、不早於開始日期，並在一年之內。',
  },
  'notice.sign-to-send': {
    en: 'A notice goes to Engineering only when the supervisor signs it.',
    'zh-TW': '維修通知單須經主管簽署，方可通知機電部。',
  },
  'notice.both-signatures': {
    en: 'A notice is done only when both the CS follow-up and the maintenance worker have signed.',
    'zh-TW': '維修通知單須由跟進客服及維修人員雙方簽署，方為完成。',
  },
  'notice.signer-unknown': {
    en: 'Say who is signing: the supervisor, the CS follow-up or the maintenance worker.',
    'zh-TW': '請註明簽署人：主管、跟進客服或維修人員。',
  },
  'notice.supervisor-only': {
    en: 'Only a supervisor (or the property manager) signs a notice to send it.',
    'zh-TW': '只有主管（或物業經理）可簽署發出維修通知單。',
  },
  'notice.already-signed': {
    en: 'This signature is already on the notice.',
    'zh-TW': '此通知單已有此簽署。',
  },
  'notice.not-signed-yet': {
    en: 'The supervisor has not signed this notice yet.',
    'zh-TW': '主管尚未簽署此通知單。',
  },
  'notice.follow-up-only': {
    en: 'Only the CS staff member the supervisor assigned to follow up signs here.',
    'zh-TW': '只有主管指派的跟進客服可於此簽署。',
  },
  'notice.worker-only': {
    en: 'Only Engineering’s maintenance worker signs here.',
    'zh-TW': '只有機電部維修人員可於此簽署。',
  },
  'notice.worker-name-required': {
    en: 'Write the maintenance worker’s name (up to 100 characters).',
    'zh-TW': '請填寫維修人員姓名（100 字以內）。',
  },
  'notice.complaint-unknown': {
    en: 'Choose a complaint of this estate.',
    'zh-TW': '請選擇本屋苑的投訴。',
  },
  'notice.follow-up-not-cs': {
    en: 'The follow-up must be a customer service staff member of this estate.',
    'zh-TW': '跟進人須為本屋苑的客服人員。',
  },
  'notice.delay-reason-required': {
    en: 'Give the reason for the later time: the resident is told it.',
    'zh-TW': '請填寫延後的原因；住戶會收到通知。',
  },
  'notice.supervisor-fields': {
    en: 'Only a supervisor assigns the follow-up and sets the time.',
    'zh-TW': '只有主管可指派跟進人及安排時間。',
  },
  'visit.rebook-reason-required': {
    en: 'A new time is a rebooking: give the reason (up to 500 characters); the resident is told.',
    'zh-TW': '更改時間即重新預約：請填寫原因（500 字以內），系統會通知住戶。',
  },
  'visit.complaint-other-unit': {
    en: 'The complaint must be one of the same unit.',
    'zh-TW': '投訴須屬同一單元。',
  },
  'complaint.unit-unknown': {
    en: 'Choose a unit from the register of this estate.',
    'zh-TW': '請從本屋苑住戶資料中選擇單元。',
  },
  'complaint.problem-required': {
    en: 'Write the problem as the resident stated it (up to {max} characters).',
    'zh-TW': '請按住戶所述寫下問題（{max} 字以內）。',
  },
  'complaint.problem-too-long': {
    en: 'The problem is longer than {max} characters.',
    'zh-TW': '問題描述超過 {max} 字。',
  },
  'complaint.resident-name-required': {
    en: 'Write the name of the resident who complained.',
    'zh-TW': '請填寫投訴住戶的姓名。',
  },
  'complaint.read-back-required': {
    en: 'Read the problem back to the resident and tick that you did before saving.',
    'zh-TW': '請先向住戶覆述問題，並剔選「已覆述」，方可儲存。',
  },
  'complaint.confirmation-required': {
    en: 'Read your text again and confirm it is what you want to report.',
    'zh-TW': '請再閱讀一次您的描述，並確認無誤後才提交。',
  },
  'complaint.channel-not-office': {
    en: 'The office records phone, written and walk-in complaints; portal ones come from residents.',
    'zh-TW': '管理處只可登記電話、書面及親臨投訴；網上投訴須由住戶提交。',
  },
  'complaint.plan-supervisor-only': {
    en: 'Only a supervisor or the property manager decides the plan and the committed time.',
    'zh-TW': '只有主管或物業經理可決定處理方案及承諾時間。',
  },
  'complaint.plan-required': {
    en: 'Write the plan (or the solution agreed) and the committed time before deciding.',
    'zh-TW': '請先填寫處理方案（或已議定的解決辦法）及承諾時間。',
  },
  'complaint.time-change-reason-required': {
    en: 'Give the reason for the new time: the resident is told it with the time.',
    'zh-TW': '請填寫更改時間的原因；住戶會同時收到新時間及原因。',
  },
  'complaint.reopen-reason-required': {
    en: 'Say why you are not satisfied, so the work can be followed up.',
    'zh-TW': '請說明不滿意的原因，以便跟進。',
  },
  'complaint.photo-unknown': {
    en: 'A photo is not one of this unit’s uploads.',
    'zh-TW': '相片不屬於此單元的上載。',
  },
  'complaint.too-many-photos': {
    en: 'Attach at most {max} photos.',
    'zh-TW': '最多可附 {max} 張相片。',
  },
  'complaint.photo-too-large': {
    en: 'The photo is larger than {mb} MB.',
    'zh-TW': '相片超過 {mb} MB。',
  },
  'complaint.kiosk-closed': {
    en: 'Complaints are not taken at the lobby kiosk. Report it in the residents’ portal, or at the management office, where it is read back to you.',
    'zh-TW': '大堂自助機不受理投訴。請於住戶網站提交，或到管理處當面反映，職員會向您覆述確認。',
  },
  'complaint.resident-fields': {
    en: 'A resident may only accept the work or say they are not satisfied, with a reason.',
    'zh-TW': '住戶只可驗收接受，或說明不滿意的原因。',
  },
  'visitors.surname-required': {
    en: 'Enter the visitor’s surname (up to 50 characters).',
    'zh-TW': '請填寫訪客姓氏（50 字以內）。',
  },
  'visitors.text-too-long': {
    en: 'The organisation, plate or name of who confirmed is too long.',
    'zh-TW': '機構、車牌或確認人姓名過長。',
  },
  'visitors.host-required': {
    en: 'Name the host: a unit or a department, not both.',
    'zh-TW': '請填寫受訪單元或部門（只可選其一）。',
  },
  'visitors.host-unknown': {
    en: 'There is no such unit in this estate.',
    'zh-TW': '本屋苑沒有此單元。',
  },
  'visitors.answer-by-cs': {
    en: 'Only customer service, or the resident of the unit visited, may answer a visitor’s request ({from} → {to}).',
    'zh-TW': '只有客服部或受訪單元的住戶可回覆訪客申請（{from} → {to}）。',
  },
  'visitors.check-in-by-guard': {
    en: 'Only the gate guard checks a visitor in or out, and only an admitted visitor is checked in ({from} → {to}).',
    'zh-TW': '只有大門保安可登記訪客進出，且只可為已獲准許的訪客登記進入（{from} → {to}）。',
  },
  'search.staff-only': {
    en: 'Only the estate’s staff can search its records.',
    'zh-TW': '只有本屋苑的員工可以搜尋屋苑紀錄。',
  },
  'search.query-too-short': {
    en: 'Type at least {min} characters (or one Chinese character).',
    'zh-TW': '請輸入最少 {min} 個字元（或一個中文字）。',
  },
  'search.query-too-long': {
    en: 'Search for at most {max} characters.',
    'zh-TW': '搜尋字詞最多 {max} 個字元。',
  },
  'search.query-invalid': {
    en: 'The search contains characters that cannot be searched.',
    'zh-TW': '搜尋字詞含有無法搜尋的字元。',
  },
  'visitors.confirmation-required': {
    en: 'Record who confirmed (a name) and how: by phone or in person.',
    'zh-TW': '請記錄確認人姓名及確認方式：電話或當面。',
  },
  'visitors.staff-only': {
    en: 'Only staff on the estate’s roster can go on or off duty.',
    'zh-TW': '只有本屋苑的員工可以登記當值或下班。',
  },
  'visitors.duty-flag': {
    en: 'Send onDuty as true or false.',
    'zh-TW': 'onDuty 須為 true 或 false。',
  },
  'visitors.pass-name-required': {
    en: 'Enter the visitor’s name (up to 100 characters).',
    'zh-TW': '請填寫訪客姓名（100 字以內）。',
  },
  'visitors.pass-window-dates': {
    en: 'Give the start and the end of the visit as dates and times.',
    'zh-TW': '請填寫到訪的開始及結束日期時間。',
  },
  'visitors.pass-window-order': {
    en: 'The end of the visit must come after its start.',
    'zh-TW': '結束時間須在開始時間之後。',
  },
  'visitors.pass-window-too-long': {
    en: 'A visitor pass covers at most 7 days.',
    'zh-TW': '訪客通行證最長有效 7 日。',
  },
  'visitors.pass-window-past': {
    en: 'The end of the visit is already past.',
    'zh-TW': '結束時間已過。',
  },
  'visitors.pass-uses': {
    en: 'A pass may be used from 1 to 20 times.',
    'zh-TW': '通行證可使用 1 至 20 次。',
  },
  'visitors.pass-expired': {
    en: 'This visitor pass has expired.',
    'zh-TW': '此訪客通行證已過期。',
  },
  'visitors.pass-not-yet-valid': {
    en: 'This visitor pass is not valid yet: it starts at {from}.',
    'zh-TW': '此訪客通行證尚未生效，生效時間為 {from}。',
  },
  'visitors.pass-revoked': {
    en: 'This visitor pass was cancelled by the resident.',
    'zh-TW': '此訪客通行證已被住戶取消。',
  },
  'visitors.pass-used-up': {
    en: 'This visitor pass has been used up.',
    'zh-TW': '此訪客通行證的使用次數已用完。',
  },
  'visitors.pass-unknown': {
    en: 'This is not a visitor pass of this estate.',
    'zh-TW': '這不是本屋苑的訪客通行證。',
  },
  'visitors.pass-too-many-scans': {
    en: 'Too many unknown passes from this device. Try again in {minutes} minutes.',
    'zh-TW': '此裝置掃描無效通行證次數過多，請於 {minutes} 分鐘後再試。',
  },
  'visitors.pass-scanner-only': {
    en: 'Only the gate guard or a lobby kiosk checks a visitor pass.',
    'zh-TW': '只有大門保安或大堂自助機可核對訪客通行證。',
  },
  'visitors.offline-key-required': {
    en: 'An offline check-in needs an Idempotency-Key header (8 to 100 letters, digits, - or _).',
    'zh-TW': '離線登記須附 Idempotency-Key 標頭（8 至 100 個字母、數字、- 或 _）。',
  },
  'visitors.offline-scanned-at': {
    en: 'An offline check-in needs scannedAt: when it was scanned, within the last 7 days.',
    'zh-TW': '離線登記須附 scannedAt：掃描時間，須在過去 7 日內。',
  },
  'visitors.do-not-admit-empty': {
    en: 'Name a person, an organisation or a vehicle plate for the do-not-admit list.',
    'zh-TW': '禁止進入名單項目須填寫姓名、機構或車牌其中一項。',
  },
  'visitors.do-not-admit-reason': {
    en: 'Give the reason for the do-not-admit entry.',
    'zh-TW': '請填寫列入禁止進入名單的原因。',
  },
  'visitors.do-not-admit-override': {
    en: 'This visitor matches the do-not-admit list: to admit, confirm the override and write a note.',
    'zh-TW': '此訪客與禁止進入名單相符：如仍准許進入，須確認覆核並填寫備註。',
  },
  'visitors.do-not-admit-resident': {
    en: 'The office must answer this request: please call the management office.',
    'zh-TW': '此申請須由管理處回覆，請致電管理處。',
  },
  'visitors.pass-do-not-admit': {
    en: 'Do not admit: {name} is on the estate’s do-not-admit list ({reason}). Call the office.',
    'zh-TW': '不可進入：{name} 在本屋苑禁止進入名單上（{reason}），請致電管理處。',
  },
  'visitors.pass-do-not-admit-kiosk': {
    en: 'This pass cannot be used at the kiosk.',
    'zh-TW': '此通行證不可在自助機使用。',
  },
  'visitors.pass-schedule-days': {
    en: 'Choose at least one day of the week for a recurring pass.',
    'zh-TW': '定期通行證須選擇最少一個星期幾。',
  },
  'visitors.pass-schedule-hours': {
    en: 'Give the hours as from–until (e.g. 09:00–12:00), ending after they start.',
    'zh-TW': '請填寫時段（例如 09:00–12:00），結束時間須遲於開始時間。',
  },
  'visitors.pass-window-recurring-too-long': {
    en: 'A recurring pass can last at most 3 months.',
    'zh-TW': '定期通行證最長有效 3 個月。',
  },
  'visitors.pass-off-hours': {
    en: 'Not now: this pass is valid only on {schedule}.',
    'zh-TW': '現在不可使用：此通行證只限{schedule}使用。',
  },
  'visitors.pass-hours-over': {
    en: 'This pass has expired: it was valid only on {schedule}, and no such time is left.',
    'zh-TW': '此通行證已過期：只限{schedule}使用，之後已沒有可用時段。',
  },
  'visitors.pass-used-up-today': {
    en: 'This pass has been used {max} times today, as many as it allows a day.',
    'zh-TW': '此通行證今天已使用 {max} 次，已達每日上限。',
  },
  'visitors.pass-use-unknown': {
    en: 'No visitor checked in with a pass matches this record.',
    'zh-TW': '找不到此持通行證訪客的進入記錄。',
  },
  'visitors.pass-use-checked-out': {
    en: 'This visitor has already been checked out.',
    'zh-TW': '此訪客已登記離開。',
  },
  'visitors.pass-use-by-guard': {
    en: 'Only the gate guard checks a visitor out.',
    'zh-TW': '只有大門保安可登記訪客離開。',
  },
  'visitors.inside-desk-only': {
    en: 'Only the estate’s gate guards, customer service, Security and managers see the visitors inside.',
    'zh-TW': '只有本屋苑的大門保安、客服、安全管理部及經理可查看在內的訪客。',
  },
  'visitors.inside-page': {
    en: 'Ask for a page by its number, a whole number from 1 to {max}.',
    'zh-TW': '頁數須為 1 至 {max} 的整數。',
  },
  'passes.gate-check-by-guard': {
    en: 'Only the gate guard or Security checks a resident’s access pass.',
    'zh-TW': '只有大門保安或安全管理部可核對業戶出入證。',
  },
  'passes.gate-unknown': {
    en: 'No resident’s access pass of this estate has this code or number.',
    'zh-TW': '本屋苑沒有此代碼或證號的業戶出入證。',
  },
  'passes.gate-too-many': {
    en: 'Too many codes that match no pass. Try again in {minutes} minutes.',
    'zh-TW': '不符的代碼過多，請於 {minutes} 分鐘後再試。',
  },
  'permits.step-not-yours': {
    en: 'A permit moves one step at a time, each by its own role: {from} → {to} is not yours to make.',
    'zh-TW': '許可證須按次序逐步處理，每步只由指定部門負責：你不可進行 {from} → {to}。',
  },
  'permits.department-not-yours': {
    en: 'Submit permits only for a department you belong to.',
    'zh-TW': '只可為自己所屬的部門遞交許可證。',
  },
  'permits.company-required': {
    en: 'Enter the company and its person in charge.',
    'zh-TW': '請填寫承辦商公司及負責人。',
  },
  'permits.fee-invalid': {
    en: 'The fee must be a number, 0 or more.',
    'zh-TW': '費用須為 0 或以上的數字。',
  },
  'permits.workers-required': {
    en: 'List the workers (1 to 50).',
    'zh-TW': '請列出工人（1 至 50 人）。',
  },
  'permits.worker-name-required': {
    en: 'Enter each worker’s name.',
    'zh-TW': '請填寫每位工人的姓名。',
  },
  'permits.id-number-shape': {
    en: 'The ID number is not in a known shape (e.g. A123456(7), or 18 characters for a mainland ID).',
    'zh-TW': '身份證號碼格式不正確（例如 A123456(7)，或 18 位內地身份證號碼）。',
  },
  'permits.photo-required': {
    en: 'Each worker needs a photo uploaded for this estate.',
    'zh-TW': '每位工人須上載相片。',
  },
  'permits.photo-too-large': {
    en: 'The photo is larger than {mb} MB.',
    'zh-TW': '相片大於 {mb} MB。',
  },
  'permits.receipt-required': {
    en: 'Record the receipt number with the payment.',
    'zh-TW': '收費時請記錄收據號碼。',
  },
  'permits.validity-required': {
    en: 'Enter the work period: the first and the last day the permit is valid.',
    'zh-TW': '請填寫施工期：許可證有效的首日及最後一日。',
  },
  'permits.validity-order': {
    en: 'The last day of the work period cannot be before its first day.',
    'zh-TW': '施工期的最後一日不可早於首日。',
  },
  'permits.validity-too-long': {
    en: 'A permit covers at most {days} days; a longer job needs a new permit.',
    'zh-TW': '每張許可證最多有效 {days} 日；較長的工程須另行申請。',
  },
  'permits.validity-locked': {
    en: 'The work period cannot change once Security has verified the permit: its cards may already be printed.',
    'zh-TW': '安全部核實許可證後不可再更改施工期：證卡可能已經印出。',
  },
  'handover.signer-name': {
    en: 'Enter the name of the person signing (up to 100 characters).',
    'zh-TW': '請填寫簽收人姓名（100 字以內）。',
  },
  'handover.signer-not-of-household': {
    en: 'The person signing must be a member of this household: choose one from the list, or type the name of a helper with a note.',
    'zh-TW': '簽收人須為此住戶的家庭成員：請從名單中選擇，或填寫代簽人姓名並附註明。',
  },
  'handover.signer-child': {
    en: 'A child cannot sign for the passes: choose a member aged {age} or over.',
    'zh-TW': '孩童不可簽收出入證，請選擇年滿 {age} 歲的成員。',
  },
  'handover.signer-note-required': {
    en: 'Say who the person signing is (e.g. the domestic helper, a relative) in the note (up to 300 characters).',
    'zh-TW': '請在備註中說明簽收人的身分（例如家傭、親屬），300 字以內。',
  },
  'handover.nothing-selected': {
    en: 'Choose at least one pass to hand over.',
    'zh-TW': '請最少選擇一張要移交的出入證。',
  },
  'handover.pass-not-of-household': {
    en: 'Pass {id} is not one of this household’s passes: nothing was handed over.',
    'zh-TW': '出入證 {id} 不屬於此住戶，未移交任何出入證。',
  },
  'handover.pass-not-prepared': {
    en: 'Pass {number} is not waiting to be handed over (it was handed over or voided already): nothing was handed over.',
    'zh-TW': '出入證 {number} 不在待移交之列（已移交或已作廢），未移交任何出入證。',
  },
  'pass.fee-unpaid': {
    en: 'Pass {number} has an unpaid fee of {amount}: record the payment before handing it over.',
    'zh-TW': '出入證 {number} 尚欠費用 {amount}，請先登記繳費，然後才可移交。',
  },
  'handover.copy-to-invalid': {
    en: 'The e-mail address for the copy is not valid.',
    'zh-TW': '副本電郵地址無效。',
  },
  'handover.idempotency-key': {
    en: 'The Idempotency-Key must be 8–100 letters, digits, “-”, “_”, “.” or “:”.',
    'zh-TW': 'Idempotency-Key 須為 8 至 100 個英文字母、數字、「-」、「_」、「.」或「:」。',
  },
  'publication.supplier-name': {
    en: 'Name the supplier (up to 100 characters).',
    'zh-TW': '請填寫供應商名稱（100 字以內）。',
  },
  'publication.monthly-price': {
    en: 'The monthly price must be a number from 0 to 100,000.',
    'zh-TW': '每月價格須為 0 至 100000 之間的數字。',
  },
  'publication.not-offered': {
    en: 'This title is not offered for subscription at the moment.',
    'zh-TW': '此刊物暫不接受訂閱。',
  },
  'subscription.months-minimum': {
    en: 'A subscription runs at least 1 month: give a whole number of months from 1 to {max}.',
    'zh-TW': '訂閱期最少 1 個月：請填寫 1 至 {max} 的整數月數。',
  },
  'subscription.start-past': {
    en: 'A subscription cannot start before this month ({month}).',
    'zh-TW': '訂閱不可早於本月（{month}）開始。',
  },
  'subscription.month-format': {
    en: 'Write the month as YYYY-MM, for example 2026-12.',
    'zh-TW': '月份格式須為 YYYY-MM，例如 2026-12。',
  },
  'subscription.channel': {
    en: 'Staff record orders taken by phone or in person; portal orders come from residents.',
    'zh-TW': '職員只可登記電話或親臨的訂閱；網上訂閱由住戶自行提交。',
  },
  'subscription.locked': {
    en: 'The title, period, start and price cannot change once the supplier has confirmed them.',
    'zh-TW': '供應商確認後，刊物、訂閱期、開始月份及價格均不可更改。',
  },
  'subscription.not-approved': {
    en: 'The purchase requisition has not been approved by a supervisor or the property manager: the order cannot be placed yet.',
    'zh-TW': '請購單尚未經主管或物業經理批准，不可下單訂購。',
  },
  'subscription.approval-role': {
    en: 'Only a supervisor or the property manager may approve or refuse a purchase requisition.',
    'zh-TW': '只有主管或物業經理可以批准或不批准請購單。',
  },
  'subscription.cnpiec-confirmation': {
    en: 'For a CNPIEC title, record the written confirmation of quantity sent to the supplier (quantity and date) before placing the order.',
    'zh-TW': '中國圖書進出口的刊物，下單前須記錄已向供應商發出的書面數量確認（數量及日期）。',
  },
  'subscription.prepaid': {
    en: 'Only post-office subscriptions can be cancelled: this one is with {supplier}, paid in advance, and cannot be cancelled.',
    'zh-TW': '只有郵局訂閱可以退訂：此訂閱屬{supplier}，已預付，不可退訂。',
  },
  'subscription.cancel-with-notice': {
    en: 'A cancellation needs confirmed dates and the resident’s signed notice: use the cancellation form.',
    'zh-TW': '退訂須確認日期並由業戶簽署退訂通知：請使用退訂表格。',
  },
  'subscription.sign-with-letter': {
    en: 'A subscription is signed only with the resident’s signature on the confirmation letter: use the signing form.',
    'zh-TW': '訂閱須由業戶在確認書上簽名方為已簽：請使用簽署表格。',
  },
  'subscription.not-awaiting-signature': {
    en: 'This subscription is not waiting for its confirmation letter to be signed (it is “{status}”).',
    'zh-TW': '此訂閱並非等待簽署確認書（目前為「{status}」）。',
  },
  'subscription.not-cancellable-now': {
    en: 'Only an ordered subscription can be cancelled (this one is “{status}”).',
    'zh-TW': '只有已訂購的訂閱可以退訂（此訂閱目前為「{status}」）。',
  },
  'subscription.dates-unconfirmed': {
    en: 'Confirm the start and end dates of the subscription before cancelling it.',
    'zh-TW': '退訂前請確認訂閱的開始及結束日期。',
  },
  'subscription.cancel-last-month': {
    en: 'The last month delivered must be from {from} to {to}.',
    'zh-TW': '最後派送月份須在 {from} 至 {to} 之間。',
  },
  'subscription.signer-name': {
    en: 'Enter the name of the person signing (up to 100 characters).',
    'zh-TW': '請填寫簽署人姓名（100 字以內）。',
  },
  'subscription.not-cancelled': {
    en: 'A letter to the supplier is recorded only for a cancelled subscription.',
    'zh-TW': '只有已退訂的訂閱才可登記致供應商的信函。',
  },
  'register.office-only': {
    en: 'Only customer service may import the register.',
    'zh-TW': '只有客服部可匯入住戶資料。',
  },
  'register.file-required': {
    en: 'Choose a CSV or XLSX file to import.',
    'zh-TW': '請選擇 CSV 或 XLSX 檔案。',
  },
  'register.file-too-large': {
    en: 'The file is larger than {mb} MB.',
    'zh-TW': '檔案超過 {mb} MB。',
  },
  'register.workbook-too-large': {
    en: 'The workbook unpacks to {mb} MB; a register may unpack to at most {limit} MB. Nothing was read. Save only the register sheet, without pictures, and upload it again.',
    'zh-TW':
      '此活頁簿解壓後有 {mb} MB，住戶名冊解壓後最多只可 {limit} MB，檔案未被讀取。請只保存名冊工作表（不含圖片）後再上傳。',
  },
  'register.sheet-too-long': {
    en: 'The workbook has a sheet that reaches row {row}; a register sheet may reach at most row {limit}. Nothing was read. Delete the rows below the register (even empty, formatted ones) or split it into smaller files.',
    'zh-TW':
      '活頁簿中有工作表延伸至第 {row} 行，住戶名冊工作表最多只可到第 {limit} 行，檔案未被讀取。請刪除名冊下方的各行（包括已設定格式的空行），或分拆成較小的檔案。',
  },
  'register.sheet-too-wide': {
    en: 'Cell {cell} is past column {last}; a register sheet may use columns A to {last} only. Nothing was read. Delete the columns right of {last} and upload it again.',
    'zh-TW':
      '儲存格 {cell} 超出 {last} 欄，住戶名冊工作表只可使用 A 至 {last} 欄，檔案未被讀取。請刪除 {last} 欄右方的各欄後再上傳。',
  },
  'register.nothing-imported': {
    en: 'Nothing was imported: fix the rows listed and upload again.',
    'zh-TW': '未匯入任何資料：請修正所列各行後再上載。',
  },
  'payment.household-required': {
    en: 'Say which household is paying.',
    'zh-TW': '請指明付款的住戶。',
  },
  'payment.household-unknown': {
    en: 'This household was not found.',
    'zh-TW': '找不到此住戶。',
  },
  'payment.passes-required': {
    en: 'Choose at least one pass to pay for.',
    'zh-TW': '請選擇最少一張要繳費的出入證。',
  },
  'payment.too-many-passes': {
    en: 'One payment may settle at most {max} passes.',
    'zh-TW': '每筆付款最多可繳 {max} 張出入證的費用。',
  },
  'payment.method-invalid': {
    en: 'The payment method must be cash, card or bank transfer.',
    'zh-TW': '付款方式須為現金、銀行卡或轉賬。',
  },
  'payment.pass-unknown': {
    en: 'Pass {pass} was not found.',
    'zh-TW': '找不到出入證 {pass}。',
  },
  'payment.pass-other-household': {
    en: 'Pass {pass} belongs to another household: pay for it from that household.',
    'zh-TW': '出入證 {pass} 屬於另一住戶，請在該住戶名下繳費。',
  },
  'payment.pass-void': {
    en: 'Pass {pass} has been voided: nothing is owed for it.',
    'zh-TW': '出入證 {pass} 已作廢，無須繳費。',
  },
  'payment.pass-free': {
    en: 'Pass {pass} is free: nothing is owed for it.',
    'zh-TW': '出入證 {pass} 是免費的，無須繳費。',
  },
  'payment.pass-already-paid': {
    en: 'The fee of pass {pass} has already been paid.',
    'zh-TW': '出入證 {pass} 的費用已經繳付。',
  },
  'payment.amount-invalid': {
    en: 'The amount must be a number, e.g. 50 or 50.00.',
    'zh-TW': '金額須為數字，例如 50 或 50.00。',
  },
  'payment.amount-mismatch': {
    en: 'The amount entered ({sent}) is not the amount owed for these passes ({due}).',
    'zh-TW': '所填金額（{sent}）與這些出入證應繳的金額（{due}）不符。',
  },
  'payment.recorded-concurrently': {
    en: 'Another payment was being recorded at the same moment. Please try again.',
    'zh-TW': '同一時間有另一筆付款正在記錄，請再試一次。',
  },
  'payment.not-found': {
    en: 'This payment was not found.',
    'zh-TW': '找不到此繳費紀錄。',
  },
  'payment.void-reason-required': {
    en: 'Say why the payment is voided (at most {max} characters).',
    'zh-TW': '請註明作廢原因（最多 {max} 字）。',
  },
  'payment.already-voided': {
    en: 'This payment has already been voided.',
    'zh-TW': '此繳費紀錄已經作廢。',
  },
  'payment.report-dates': {
    en: 'Give the report’s days as from=YYYY-MM-DD and to=YYYY-MM-DD.',
    'zh-TW': '請以 from=YYYY-MM-DD 及 to=YYYY-MM-DD 指明報表日期。',
  },
} satisfies Record<string, Text>

export type ErrorCode = keyof typeof ERRORS

export function errorMessage(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
) {
  // Numbers as each language writes them: 10,000 in English, 10000 in Chinese.
  const show = (value: string | number | undefined) =>
    typeof value === 'number' && lang === 'en' ? value.toLocaleString('en-US') : String(value ?? '')
  return ERRORS[code][lang].replace(/\{(\w+)\}/g, (_, key: string) => show(params[key]))
}

/** A refusal's body in the API's shape: `{ errors: [{ message, data: { code } }] }`. */
export function refusalBody(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number> = {},
) {
  return { errors: [{ message: errorMessage(code, lang, params), data: { code } }] }
}

/** The first supported language an Accept-Language header asks for, by its q-values; or null. */
export function acceptedLang(header: string | null | undefined): Lang | null {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const weight = q ? Number(q.slice(2)) : 1
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index }
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-TW'
  }
  return null
}

/**
 * The caller's language: the person's own stored preference (a resident's portal language, a
 * staff member's `language`), then what the request asks for (Accept-Language), then Chinese.
 */
export function pickLang(input: { userLanguage?: unknown; acceptLanguage?: string | null }): Lang {
  if (input.userLanguage === 'en' || input.userLanguage === 'zh-TW') return input.userLanguage
  return acceptedLang(input.acceptLanguage) ?? 'zh-TW'
}

/** A stored language preference, or Chinese: the language of an e-mail to that person. */
export const recipientLang = (language: unknown): Lang => pickLang({ userLanguage: language })
