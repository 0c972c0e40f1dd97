import {
  to = awscc_route53globalresolver_access_source.example
  id = "access_source_id"
}