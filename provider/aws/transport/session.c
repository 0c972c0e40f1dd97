/*
 * session.c: the client's maker, as botocore's session: aws_client_new
 * builds a client (client.c) and hands it the credential chain
 * (credentials.c), with which it resolves its credentials and region now and
 * refreshes them later. The client itself knows no credential source, so
 * the chain's own STS calls can make clients too (aws_client_make).
 */
#include "provider/aws/transport/client.h"
#include "provider/aws/transport/credentials.h"

int aws_client_new(const struct aws_config *cfg, struct aws_client **out, struct strbuf *err)
{
	return aws_client_make(cfg, aws_credentials_resolve, out, err);
}
