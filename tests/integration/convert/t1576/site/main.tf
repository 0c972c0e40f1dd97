# A site's DNS names in a zone made elsewhere, found by its name.
variable "domain" {
  type    = string
  default = "t1576.test"
}

data "aws_route53_zone" "site" {
  name         = "${var.domain}."
  private_zone = false
}

resource "aws_route53_record" "www" {
  zone_id = data.aws_route53_zone.site.zone_id
  name    = "www"
  type    = "A"
  ttl     = 300
  records = ["192.0.2.76", "192.0.2.77"]
}

resource "aws_route53_record" "app" {
  zone_id = data.aws_route53_zone.site.zone_id
  name    = "app.${var.domain}"
  type    = "A"

  alias {
    name                   = aws_route53_record.www.fqdn
    zone_id                = data.aws_route53_zone.site.zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "api" {
  for_each       = { blue = 90, green = 10 }
  zone_id        = data.aws_route53_zone.site.zone_id
  name           = "api.${var.domain}"
  type           = "CNAME"
  ttl            = 60
  records        = ["${each.key}.${var.domain}"]
  set_identifier = each.key

  weighted_routing_policy {
    weight = each.value
  }
}

resource "aws_route53_record" "db" {
  zone_id        = data.aws_route53_zone.site.zone_id
  name           = "db.${var.domain}"
  type           = "CNAME"
  ttl            = 60
  records        = ["db1.${var.domain}"]
  set_identifier = "primary"

  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "apex" {
  zone_id = data.aws_route53_zone.site.zone_id
  name    = ""
  type    = "MX"
  ttl     = 300
  records = ["10 mail.${var.domain}"]
}

output "www_fqdn" {
  value = aws_route53_record.www.fqdn
}

output "zone_id" {
  value = data.aws_route53_zone.site.zone_id
}
