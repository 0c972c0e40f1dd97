import {
  to = awscc_networkmanager_customer_gateway_association.example
  id = "global_network_id|customer_gateway_arn"
}