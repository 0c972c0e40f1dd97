import {
  to = awscc_cloudfront_anycast_ip_list.example
  id = "id"
}