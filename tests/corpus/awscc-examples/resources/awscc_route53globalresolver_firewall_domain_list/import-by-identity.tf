import {
  to = awscc_route53globalresolver_firewall_domain_list.example
  identity = {
    firewall_domain_list_id = "firewall_domain_list_id"
  }
}
