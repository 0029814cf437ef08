/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.diagram.server;

import static org.toride.diagram.server.PagePicture.number;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GPoint;

/**
 * The geometry of a route as the client draws it (routes.ts), for the page's picture ({@link PagePicture}): the
 * server's orthogonal polyline with its bends rounded. Kept to the client's arithmetic so that the picture's lines
 * lie where the live diagram's will.
 */
final class PictureRoutes {

    private PictureRoutes() {
    }

    /** The client's routes.ts roundedPath: straight segments with their bends rounded (radius 6). */
    static String roundedPath(List<GPoint> route) {
        List<GPoint> points = cleanRoute(route);
        if (points.isEmpty()) {
            return "";
        }
        StringBuilder d = new StringBuilder("M").append(number(points.get(0).getX())).append(',')
                .append(number(points.get(0).getY()));
        for (int i = 1; i < points.size() - 1; i++) {
            GPoint before = points.get(i - 1);
            GPoint at = points.get(i);
            GPoint after = points.get(i + 1);
            double in = Math.hypot(at.getX() - before.getX(), at.getY() - before.getY());
            double out = Math.hypot(after.getX() - at.getX(), after.getY() - at.getY());
            double r = Math.min(6, Math.min(in / 2, out / 2));
            if (r <= 0) {
                d.append(" L").append(number(at.getX())).append(',').append(number(at.getY()));
                continue;
            }
            double ax = at.getX() - (at.getX() - before.getX()) / in * r;
            double ay = at.getY() - (at.getY() - before.getY()) / in * r;
            double bx = at.getX() + (after.getX() - at.getX()) / out * r;
            double by = at.getY() + (after.getY() - at.getY()) / out * r;
            d.append(" L").append(number(ax)).append(',').append(number(ay)).append(" Q").append(number(at.getX()))
                    .append(',').append(number(at.getY())).append(' ').append(number(bx)).append(',')
                    .append(number(by));
        }
        GPoint last = points.get(points.size() - 1);
        return d.append(" L").append(number(last.getX())).append(',').append(number(last.getY())).toString();
    }

    /** routes.ts's cleanRoute: no points closer than half a unit, none on a straight line between its neighbours. */
    private static List<GPoint> cleanRoute(List<GPoint> points) {
        List<GPoint> distinct = new ArrayList<>();
        for (GPoint p : points) {
            if (distinct.isEmpty() || distance(distinct.get(distinct.size() - 1), p) >= 0.5) {
                distinct.add(p);
            }
        }
        List<GPoint> route = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            if (!route.isEmpty() && i + 1 < distinct.size()
                    && collinear(route.get(route.size() - 1), distinct.get(i), distinct.get(i + 1))) {
                continue;
            }
            route.add(distinct.get(i));
        }
        return route;
    }

    private static boolean collinear(GPoint a, GPoint b, GPoint c) {
        double cross = (b.getX() - a.getX()) * (c.getY() - b.getY()) - (b.getY() - a.getY()) * (c.getX() - b.getX());
        double dot = (b.getX() - a.getX()) * (c.getX() - b.getX()) + (b.getY() - a.getY()) * (c.getY() - b.getY());
        return Math.abs(cross) < 1e-6 * Math.max(1, distance(a, b) * distance(b, c)) && dot > 0;
    }

    /** The point halfway along the route, by length. */
    static double[] halfway(List<GPoint> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += distance(points.get(i - 1), points.get(i));
        }
        double left = total / 2;
        for (int i = 1; i < points.size(); i++) {
            GPoint a = points.get(i - 1);
            GPoint b = points.get(i);
            double length = distance(a, b);
            if (length >= left && length > 0) {
                double t = left / length;
                return new double[] { a.getX() + (b.getX() - a.getX()) * t, a.getY() + (b.getY() - a.getY()) * t };
            }
            left -= length;
        }
        GPoint last = points.get(points.size() - 1);
        return new double[] { last.getX(), last.getY() };
    }

    private static double distance(GPoint a, GPoint b) {
        return Math.hypot(b.getX() - a.getX(), b.getY() - a.getY());
    }
}
