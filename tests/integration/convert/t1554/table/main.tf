# The dynamodb-table module's shape (terraform-aws-modules/dynamodb-table
# main.tf): the attributes and indexes as dynamic blocks over variables,
# a dynamic block of one (ttl) beside written ones.
variable "attributes" {
  default = [
    { name = "id", type = "S" },
    { name = "title", type = "S" },
    { name = "age", type = "N" },
  ]
}
variable "global_secondary_indexes" {
  default = [
    { name = "TitleIndex", hash_key = "title", range_key = "age", projection_type = "INCLUDE", non_key_attributes = ["id"] },
  ]
}
variable "ttl" {
  default = [{ attribute_name = "expires" }]
}

resource "aws_dynamodb_table" "this" {
  name         = "t1554-table"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  range_key    = "title"

  dynamic "attribute" {
    for_each = var.attributes
    content {
      name = attribute.value.name
      type = attribute.value.type
    }
  }

  dynamic "global_secondary_index" {
    for_each = var.global_secondary_indexes
    content {
      name               = global_secondary_index.value.name
      hash_key           = global_secondary_index.value.hash_key
      range_key          = lookup(global_secondary_index.value, "range_key", null)
      projection_type    = global_secondary_index.value.projection_type
      non_key_attributes = lookup(global_secondary_index.value, "non_key_attributes", null)
    }
  }

  dynamic "ttl" {
    for_each = var.ttl
    iterator = t
    content {
      enabled        = true
      attribute_name = t.value.attribute_name
    }
  }
}
