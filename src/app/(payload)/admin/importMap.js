import { HouseholdWorkflowMoves as HouseholdWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388 } from '../../../../src/components/admin/WorkflowMoves'
import { HouseholdActions as HouseholdActions_b416854123946d7128cf237c1af121a7 } from '../../../../src/components/admin/HouseholdTools'
import { RegisterImportLink as RegisterImportLink_b416854123946d7128cf237c1af121a7 } from '../../../../src/components/admin/HouseholdTools'
import { MemberPassActions as MemberPassActions_c448541358c259c32d998bd338f7d140 } from '../../../../src/components/admin/PassActions'
import { PassWorkflowMoves as PassWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388 } from '../../../../src/components/admin/WorkflowMoves'
import { PaymentReceiptLink as PaymentReceiptLink_53bbdc9b1d2cc4f4bc9a64b202a70d0d } from '../../../../src/components/admin/PaymentLinks'
import { PaymentReportLink as PaymentReportLink_53bbdc9b1d2cc4f4bc9a64b202a70d0d } from '../../../../src/components/admin/PaymentLinks'
import { KioskKeyQr as KioskKeyQr_e52fe773de317a6b2c066cec9dc9c800 } from '../../../../src/components/admin/KioskKeyQr'
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
import { VisitSheetLink as VisitSheetLink_6a5f71f3ecf77a8a46d524cce2f3d768 } from '../../../../src/components/admin/VisitSheetLink'
import { EstateSwitcher as EstateSwitcher_92c3a54772cee288912e437d662cb49b } from '../../../../src/components/admin/EstateSwitcher'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/admin/WorkflowMoves#HouseholdWorkflowMoves": HouseholdWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388,
  "/src/components/admin/HouseholdTools#HouseholdActions": HouseholdActions_b416854123946d7128cf237c1af121a7,
  "/src/components/admin/HouseholdTools#RegisterImportLink": RegisterImportLink_b416854123946d7128cf237c1af121a7,
  "/src/components/admin/PassActions#MemberPassActions": MemberPassActions_c448541358c259c32d998bd338f7d140,
  "/src/components/admin/WorkflowMoves#PassWorkflowMoves": PassWorkflowMoves_d494b45bfaaaf6e2cdca704de1df3388,
  "/src/components/admin/PaymentLinks#PaymentReceiptLink": PaymentReceiptLink_53bbdc9b1d2cc4f4bc9a64b202a70d0d,
  "/src/components/admin/PaymentLinks#PaymentReportLink": PaymentReportLink_53bbdc9b1d2cc4f4bc9a64b202a70d0d,
  "/src/components/admin/KioskKeyQr#KioskKeyQr": KioskKeyQr_e52fe773de317a6b2c066cec9dc9c800,
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
  "/src/components/admin/VisitSheetLink#VisitSheetLink": VisitSheetLink_6a5f71f3ecf77a8a46d524cce2f3d768,
  "/src/components/admin/EstateSwitcher#EstateSwitcher": EstateSwitcher_92c3a54772cee288912e437d662cb49b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
