import {
  to = awscc_route53resolver_firewall_domain_list.example
  id = "id"
}