# The security-group module's rule shapes (terraform-aws-modules/
# security-group main.tf): a rule per element of a list of maps (count),
# its CIDR blocks a comma-joined string, IPv6 ranges beside them; self by
# a lookup; a map of rules (for_each, the vpc-endpoints module's); one
# rule naming another group.
variable "ingress_with_cidr_blocks" {
  default = [
    { from_port = 443, to_port = 443, protocol = "tcp", cidr_blocks = "10.0.0.0/8,10.1.0.0/16" },
    { from_port = 80, to_port = 80, protocol = "tcp", cidr_blocks = "10.2.0.0/16" },
  ]
}
variable "ingress_ipv6_cidr_blocks" {
  default = ["2001:db8::/64"]
}
variable "ingress_with_self" {
  default = [{ from_port = 22, to_port = 22, protocol = "tcp" }]
}
variable "security_group_rules" {
  default = {
    https = { cidr_blocks = ["10.3.0.0/16"] }
    from_other = { from_port = 5432, to_port = 5432 }
  }
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "this" {
  name   = "t1554-rules"
  vpc_id = aws_vpc.this.id
}

resource "aws_security_group" "other" {
  name   = "t1554-other"
  vpc_id = aws_vpc.this.id
}

resource "aws_security_group_rule" "ingress_with_cidr_blocks" {
  count             = length(var.ingress_with_cidr_blocks)
  security_group_id = aws_security_group.this.id
  type              = "ingress"
  cidr_blocks       = split(",", var.ingress_with_cidr_blocks[count.index]["cidr_blocks"])
  ipv6_cidr_blocks  = var.ingress_ipv6_cidr_blocks
  description       = "cidr ${count.index}"
  from_port         = var.ingress_with_cidr_blocks[count.index]["from_port"]
  to_port           = var.ingress_with_cidr_blocks[count.index]["to_port"]
  protocol          = var.ingress_with_cidr_blocks[count.index]["protocol"]
}

resource "aws_security_group_rule" "ingress_with_self" {
  count             = length(var.ingress_with_self)
  security_group_id = aws_security_group.this.id
  type              = "ingress"
  self              = lookup(var.ingress_with_self[count.index], "self", true)
  from_port         = var.ingress_with_self[count.index]["from_port"]
  to_port           = var.ingress_with_self[count.index]["to_port"]
  protocol          = var.ingress_with_self[count.index]["protocol"]
}

resource "aws_security_group_rule" "this" {
  for_each                 = var.security_group_rules
  security_group_id        = aws_security_group.this.id
  type                     = try(each.value.type, "ingress")
  protocol                 = try(each.value.protocol, "tcp")
  from_port                = try(each.value.from_port, 443)
  to_port                  = try(each.value.to_port, 443)
  cidr_blocks              = lookup(each.value, "cidr_blocks", null)
  source_security_group_id = each.key == "from_other" ? aws_security_group.other.id : null
}

resource "aws_security_group_rule" "egress_to_other" {
  security_group_id        = aws_security_group.other.id
  type                     = "egress"
  source_security_group_id = aws_security_group.this.id
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
}
