import {
  to = awscc_voiceid_domain.example
  identity = {
    domain_id = "domain_id"
  }
}
