resource "aws_vpc" "this" {
  cidr_block = "10.81.0.0/16"
}

resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = aws_vpc.this.id
  cidr_block = cidrsubnet(aws_vpc.this.cidr_block, 8, count.index)
}

output "private_subnet_objects" {
  value = aws_subnet.private
}

output "private_subnets" {
  value = aws_subnet.private[*].id
}

output "vpc_object" {
  value = aws_vpc.this
}
