import {
  to = awscc_invoicing_invoice_unit.example
  id = "invoice_unit_arn"
}