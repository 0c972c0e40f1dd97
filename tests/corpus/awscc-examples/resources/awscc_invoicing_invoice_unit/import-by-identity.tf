import {
  to = awscc_invoicing_invoice_unit.example
  identity = {
    invoice_unit_arn = "invoice_unit_arn"
  }
}
