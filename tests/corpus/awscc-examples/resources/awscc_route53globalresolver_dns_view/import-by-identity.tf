import {
  to = awscc_route53globalresolver_dns_view.example
  identity = {
    dns_view_id = "dns_view_id"
  }
}
