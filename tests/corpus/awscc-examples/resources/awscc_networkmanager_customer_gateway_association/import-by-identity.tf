import {
  to = awscc_networkmanager_customer_gateway_association.example
  identity = {
    global_network_id    = "global_network_id"
    customer_gateway_arn = "customer_gateway_arn"
  }
}
