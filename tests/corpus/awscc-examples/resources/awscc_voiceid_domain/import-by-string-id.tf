import {
  to = awscc_voiceid_domain.example
  id = "domain_id"
}