import { ActorField as ActorField_4f14733bd774049e6e5098ce6a990029 } from '../../../../src/components/admin/ActorField'
import { HouseholdWorkflowMoves as HouseholdWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388 } from '../../../../src/components/admin/WorkflowMoves'
import { HouseholdHandover as HouseholdHandover_adcdaa071d1a7378a66d79b345828200 } from '../../../../src/components/admin/HouseholdHandover'
import { RegisterImportLink as RegisterImportLink_b416854123946d7128cf237c1af121a7 } from '../../../../src/components/admin/HouseholdTools'
import { MemberPhotoLink as MemberPhotoLink_745c2527c203781dcc049f687d6e8f8e } from '../../../../src/components/admin/MemberPhotoLink'
import { MemberPassActions as MemberPassActions_c448541358c259c32d998bd338f7d140 } from '../../../../src/components/admin/PassActions'
import { PassWorkflowMoves as PassWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388 } from '../../../../src/components/admin/WorkflowMoves'
import { PassFeeCell as PassFeeCell_5392b9fd101e4f49f0d72084f0e34e15 } from '../../../../src/components/admin/PassFeeCell'
import { PaymentReceiptLink as PaymentReceiptLink_53bbdc9b1d2cc4f4bc9a64b202a70d0d } from '../../../../src/components/admin/PaymentLinks'
import { PaymentReportLink as PaymentReportLink_53bbdc9b1d2cc4f4bc9a64b202a70d0d } from '../../../../src/components/admin/PaymentLinks'
import { KioskKeyQr as KioskKeyQr_e52fe773de317a6b2c066cec9dc9c800 } from '../../../../src/components/admin/KioskKeyQr'
import { ProcedureNumberingCell as ProcedureNumberingCell_888be091cc0e77354298d0bb13d2d586 } from '@/components/admin/ProcedureNumberingNote'
import { ProcedureNumberingNote as ProcedureNumberingNote_888be091cc0e77354298d0bb13d2d586 } from '@/components/admin/ProcedureNumberingNote'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptionActions as SubscriptionActions_3ce0b65d465e37c127082c043bc52739 } from '../../../../src/components/admin/SubscriptionTools'
import { SubscriptionListLinks as SubscriptionListLinks_3ce0b65d465e37c127082c043bc52739 } from '../../../../src/components/admin/SubscriptionTools'
import { MailItemWorkflowMoves as MailItemWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388 } from '../../../../src/components/admin/WorkflowMoves'
import { ComplaintWorkflowMoves as ComplaintWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388 } from '../../../../src/components/admin/WorkflowMoves'
import { ComplaintDeadlineCell as ComplaintDeadlineCell_78f56b45c7222b5dec0958e79d348f46 } from '../../../../src/components/admin/ComplaintDeadlineCell'
import { VisitSheetLink as VisitSheetLink_6a5f71f3ecf77a8a46d524cce2f3d768 } from '../../../../src/components/admin/VisitSheetLink'
import { PermitCardsLink as PermitCardsLink_a3467978ae596efc7563e914d95a2b68 } from '../../../../src/components/admin/PermitCardsLink'
import { EstateIcon as EstateIcon_b91df0672a8f298951d3a8a96ef8f71b } from '../../../../src/components/admin/EstateBrand'
import { EstateLogo as EstateLogo_b91df0672a8f298951d3a8a96ef8f71b } from '../../../../src/components/admin/EstateBrand'
import { EstateSwitcher as EstateSwitcher_92c3a54772cee288912e437d662cb49b } from '../../../../src/components/admin/EstateSwitcher'
import { StaffDashboard as StaffDashboard_2cdb9e4b3de8f9ab0c6dcafd67751cc9 } from '../../../../src/components/admin/StaffDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/admin/ActorField#ActorField": ActorField_4f14733bd774049e6e5098ce6a990029,
  "/src/components/admin/WorkflowMoves#HouseholdWorkflowMoves": HouseholdWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388,
  "/src/components/admin/HouseholdHandover#HouseholdHandover": HouseholdHandover_adcdaa071d1a7378a66d79b345828200,
  "/src/components/admin/HouseholdTools#RegisterImportLink": RegisterImportLink_b416854123946d7128cf237c1af121a7,
  "/src/components/admin/MemberPhotoLink#MemberPhotoLink": MemberPhotoLink_745c2527c203781dcc049f687d6e8f8e,
  "/src/components/admin/PassActions#MemberPassActions": MemberPassActions_c448541358c259c32d998bd338f7d140,
  "/src/components/admin/WorkflowMoves#PassWorkflowMoves": PassWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388,
  "/src/components/admin/PassFeeCell#PassFeeCell": PassFeeCell_5392b9fd101e4f49f0d72084f0e34e15,
  "/src/components/admin/PaymentLinks#PaymentReceiptLink": PaymentReceiptLink_53bbdc9b1d2cc4f4bc9a64b202a70d0d,
  "/src/components/admin/PaymentLinks#PaymentReportLink": PaymentReportLink_53bbdc9b1d2cc4f4bc9a64b202a70d0d,
  "/src/components/admin/KioskKeyQr#KioskKeyQr": KioskKeyQr_e52fe773de317a6b2c066cec9dc9c800,
  "@/components/admin/ProcedureNumberingNote#ProcedureNumberingCell": ProcedureNumberingCell_888be091cc0e77354298d0bb13d2d586,
  "@/components/admin/ProcedureNumberingNote#ProcedureNumberingNote": ProcedureNumberingNote_888be091cc0e77354298d0bb13d2d586,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/SubscriptionTools#SubscriptionActions": SubscriptionActions_3ce0b65d465e37c127082c043bc52739,
  "/src/components/admin/SubscriptionTools#SubscriptionListLinks": SubscriptionListLinks_3ce0b65d465e37c127082c043bc52739,
  "/src/components/admin/WorkflowMoves#MailItemWorkflowMoves": MailItemWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388,
  "/src/components/admin/WorkflowMoves#ComplaintWorkflowMoves": ComplaintWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388,
  "/src/components/admin/ComplaintDeadlineCell#ComplaintDeadlineCell": ComplaintDeadlineCell_78f56b45c7222b5dec0958e79d348f46,
  "/src/components/admin/VisitSheetLink#VisitSheetLink": VisitSheetLink_6a5f71f3ecf77a8a46d524cce2f3d768,
  "/src/components/admin/PermitCardsLink#PermitCardsLink": PermitCardsLink_a3467978ae596efc7563e914d95a2b68,
  "/src/components/admin/EstateBrand#EstateIcon": EstateIcon_b91df0672a8f298951d3a8a96ef8f71b,
  "/src/components/admin/EstateBrand#EstateLogo": EstateLogo_b91df0672a8f298951d3a8a96ef8f71b,
  "/src/components/admin/EstateSwitcher#EstateSwitcher": EstateSwitcher_92c3a54772cee288912e437d662cb49b,
  "/src/components/admin/StaffDashboard#StaffDashboard": StaffDashboard_2cdb9e4b3de8f9ab0c6dcafd67751cc9,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
