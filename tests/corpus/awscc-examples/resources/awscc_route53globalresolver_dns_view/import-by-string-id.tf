import {
  to = awscc_route53globalresolver_dns_view.example
  id = "dns_view_id"
}