# What aws.route53.record cannot hold.
variable "zone_id" {
  type = string
}

resource "aws_route53_record" "eu" {
  zone_id        = var.zone_id
  name           = "eu.t1576.test"
  type           = "A"
  ttl            = 60
  records        = ["192.0.2.80"]
  set_identifier = "eu"

  latency_routing_policy {
    region = "eu-west-1"
  }
}

resource "aws_route53_record" "mail" {
  zone_id         = var.zone_id
  name            = "mail"
  type            = "A"
  ttl             = 300
  records         = ["192.0.2.25"]
  allow_overwrite = true
}
