import {
  to = awscc_lightsail_static_ip.example
  identity = {
    static_ip_name = "static_ip_name"
  }
}
