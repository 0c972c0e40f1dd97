import {
  to = awscc_lightsail_static_ip.example
  id = "static_ip_name"
}