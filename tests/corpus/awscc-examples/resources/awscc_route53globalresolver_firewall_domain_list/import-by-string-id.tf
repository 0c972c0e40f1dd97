import {
  to = awscc_route53globalresolver_firewall_domain_list.example
  id = "firewall_domain_list_id"
}