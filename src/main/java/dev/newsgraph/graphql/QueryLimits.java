package dev.newsgraph.graphql;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import java.util.HashMap;
import java.util.Map;

/**
 * Rejects a costly operation before any field is fetched (so before the database is touched),
 * with {@code BAD_USER_INPUT}:
 * <ul>
 *   <li><b>depth</b>: nesting of fields beyond {@code max-depth};</li>
 *   <li><b>complexity</b>: the estimated number of items returned, where every list multiplies what is
 *       below it by its page size ({@code first}/{@code last}, else its default);</li>
 *   <li><b>page sizes</b>: {@code first}/{@code last} outside 0..100;</li>
 *   <li><b>field repetition</b>: one field selected under many aliases in one selection set (alias bombs).</li>
 * </ul>
 * A batched field asked with different arguments under different aliases is answered, one batch per set of
 * arguments ({@link Prefetcher}).
 * Parser limits (tokens, characters) are set on graphql-java's parser by {@link GraphQLSetup}.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private static final Object ROOT = new Object();
    private static final int COUNTRY_COUNT_ESTIMATE = 250;
    /** Estimate for an article's figures when no 'first' bounds them. */
    private static final int FIGURES_PER_ARTICLE = 10;
    /** Estimate for the small bounded lists of an object (countries, sections, quotations, quotes). */
    private static final int SMALL_LIST_SIZE = 5;

    /** The configured limits ({@code newsgraph.graphql.*}). */
    record Limits(int maxDepth, int maxComplexity, int maxFieldRepeats) {
    }

    private final Limits limits;

    QueryLimits(Limits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext ctx = parameters.getExecutionContext();
        Verdict key = new Verdict(ctx.getDocument(), ctx.getExecutionInput().getOperationName(), ctx.getCoercedVariables().toMap());
        String refusal = verdicts.get(key, k -> measure(ctx));
        if (!refusal.isEmpty()) {
            throw new AbortExecutionException(refusal);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /**
     * The verdict on one operation of one document with one set of variables: it does not change, so it is worked
     * out once (the document is the parsed one the engine keeps for the query text, so the same object comes back).
     */
    private record Verdict(Object document, String operationName, Map<String, Object> variables) {
    }

    private final Cache<Verdict, String> verdicts = Caffeine.newBuilder().maximumSize(2_000).build();

    /** Why the operation is refused, or "" when it is within the limits. */
    private String measure(ExecutionContext ctx) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(ctx.getGraphQLSchema())
                .document(ctx.getDocument())
                .operationName(ctx.getExecutionInput().getOperationName())
                .coercedVariables(ctx.getCoercedVariables())
                .build();
        Measure m = new Measure();
        traverser.visitPostOrder(m);
        if (m.pageSize != null) {
            return m.pageSize;
        }
        if (m.maxDepth > limits.maxDepth()) {
            return "The query is nested " + m.maxDepth + " levels deep; the limit is " + limits.maxDepth() + ".";
        }
        if (m.rootComplexity > limits.maxComplexity()) {
            return "The query could return about " + m.rootComplexity + " items; the limit is " + limits.maxComplexity()
                    + ". Ask for smaller pages or fewer fields.";
        }
        if (m.repeatedField != null) {
            return "The field '" + m.repeatedField + "' is selected more than " + limits.maxFieldRepeats()
                    + " times in one selection set.";
        }
        return "";
    }

    /** One post-order walk: children are visited before their parent. */
    private final class Measure extends QueryVisitorStub {
        final Map<QueryVisitorFieldEnvironment, Long> childSums = new HashMap<>();
        /** Per parent field (the root under {@code ROOT}): how often each field name is selected. */
        final Map<Object, Map<String, Integer>> repeats = new HashMap<>();
        long rootComplexity;
        int maxDepth;
        String repeatedField;
        String pageSize;

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            if (env.isTypeNameIntrospectionField() || inIntrospection(env)) {
                return;
            }
            long own = Math.min(Long.MAX_VALUE / 4, multiplier(env) * (1 + childSums.getOrDefault(env, 0L)));
            QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
            if (parent == null) {
                rootComplexity = saturatingAdd(rootComplexity, own);
            } else {
                childSums.merge(parent, own, QueryLimits::saturatingAdd);
            }
            maxDepth = Math.max(maxDepth, depth(env));
            countRepeat(env);
            checkPageSize(env, "first");
            checkPageSize(env, "last");
        }

        private void countRepeat(QueryVisitorFieldEnvironment env) {
            Object parent = env.getParentEnvironment() == null ? ROOT : env.getParentEnvironment();
            int n = repeats.computeIfAbsent(parent, k -> new HashMap<>())
                    .merge(env.getField().getName(), 1, Integer::sum);
            if (n > limits.maxFieldRepeats() && repeatedField == null) {
                repeatedField = env.getField().getName();
            }
        }

        private void checkPageSize(QueryVisitorFieldEnvironment env, String argument) {
            if (env.getArguments().get(argument) instanceof Number n && pageSize == null
                    && (n.longValue() < 0 || n.longValue() > Paging.MAX_PAGE_SIZE)) {
                pageSize = "'" + argument + "' must be between 0 and " + Paging.MAX_PAGE_SIZE + "; it was " + n + ".";
            }
        }
    }

    /**
     * Whether the field is {@code __schema} or {@code __type} or below one: the schema bounds an introspection
     * query, and GraphiQL's (15 levels of {@code ofType}) must pass for its editor to know the schema.
     */
    private static boolean inIntrospection(QueryVisitorFieldEnvironment env) {
        for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
            String name = e.getField().getName();
            if (name.equals("__schema") || name.equals("__type")) {
                return true;
            }
        }
        return false;
    }

    /** How many items this field stands for: its page size for a list, 1 otherwise. */
    private static long multiplier(QueryVisitorFieldEnvironment env) {
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
        String name = env.getFieldDefinition().getName();
        Object first = env.getArguments().get("first");
        Object last = env.getArguments().get("last");
        Object size = first instanceof Number ? first : last instanceof Number ? last : null;
        if (GraphQLTypeUtil.unwrapAll(type).getName().endsWith("Connection") && !(type instanceof GraphQLList)) {
            if (size != null) {
                return Math.max(1, ((Number) size).longValue());
            }
            return name.equals("metrics") ? 50 : 20;
        }
        if (!(type instanceof GraphQLList) || GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))) {
            return 1; // one object, or a list of scalars that adds no items below it
        }
        if (env.getFieldsContainer().getName().endsWith("Connection")) {
            return 1; // edges and nodes: the connection field already counted its page
        }
        if (size != null) {
            return Math.max(1, ((Number) size).longValue());
        }
        if (env.getParentEnvironment() == null && env.getArguments().get("ids") instanceof java.util.List<?> ids) {
            return Math.max(1, ids.size()); // nodes(ids:): one object per id
        }
        if (env.getParentEnvironment() == null) {
            return name.equals("countries") ? COUNTRY_COUNT_ESTIMATE : 100; // root lists: countries, quotes
        }
        return name.equals("metrics") ? FIGURES_PER_ARTICLE : SMALL_LIST_SIZE;
    }

    private static int depth(QueryVisitorFieldEnvironment env) {
        int d = 0;
        for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
            d++;
        }
        return d;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE / 4 : r;
    }
}
