import {
  to = awscc_route53_record_set.example
  id = "id"
}