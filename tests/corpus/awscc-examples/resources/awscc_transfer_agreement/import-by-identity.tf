import {
  to = awscc_transfer_agreement.example
  identity = {
    agreement_id = "agreement_id"
    server_id    = "server_id"
  }
}
