import {
  to = awscc_transfer_agreement.example
  id = "agreement_id|server_id"
}